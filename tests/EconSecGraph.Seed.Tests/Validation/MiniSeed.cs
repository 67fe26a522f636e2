using System.Security.Cryptography;
using System.Text;
using EconSecGraph.Seed.Sources;

namespace EconSecGraph.Seed.Tests.Validation;

/// <summary>
/// A small, valid seed (the repository's schema, one source text, a few nodes and relationships) that tests
/// break in one place at a time.
/// </summary>
internal sealed class MiniSeed
{
    public const string Chronicle = """
        テスト用の年代記
        特許非公開化など4本柱に 経済安保法案提出へ 2022年01月14日 時事通信
        https://www.jiji.com/jc/article?k=2022011300821

        政府は2021年度で2,500億円の経済安全保障基金を創設し、協議会を設立することとなりました。
        """;

    public const string NodesPath = "nodes/mini.yaml";
    public const string RelationshipsPath = "relationships/mini.yaml";

    public static string ChronicleSha => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Chronicle)));

    public string Nodes { get; set; } =
        $$"""
            nodes:
              - id: chr-test
                label: Chronicle
                name: テスト用の年代記
                nameEn: Test chronicle
                description: テスト。
                descriptionEn: Test.
                file: source/chronicle.ja.txt
                sha256: {{ChronicleSha}}
              - id: pub-jiji
                label: Publisher
                kind: news-agency
                name: 時事通信
                nameEn: Jiji Press
                description: 通信社。
                descriptionEn: News agency.
                sources: [chr-test]
              - id: art-jiji-20220114-pillars
                label: Article
                name: 特許非公開化など4本柱に 経済安保法案提出へ
                nameEn: Four pillars
                description: 記事。
                descriptionEn: Article.
                url: https://www.jiji.com/jc/article?k=2022011300821
                date: '2022-01-14'
                datePrecision: day
                access: unknown
                citedAs: 2022年01月14日 時事通信
                chronicleSection: テスト
                chronicleLine: 3
              - id: fund-econsec
                label: Fund
                name: 経済安全保障基金
                nameEn: Economic Security Fund
                description: 基金。
                descriptionEn: Fund.
                status: planned
                fiscalYear: 2021
                sources: [chr-test]
              - id: fig-fund-fy2021
                label: Figure
                value: 250000000000
                unit: JPY
                text: 2,500億円
                name: 基金 2,500億円
                nameEn: Fund ¥250 billion
                description: 規模。
                descriptionEn: Size.
                sources: [chr-test]
            """;

    public string Relationships { get; set; } =
        """
            relationships:
              - { from: art-jiji-20220114-pillars, type: PUBLISHED_BY, to: pub-jiji, sources: [chr-test] }
              - { from: chr-test, type: CITES, to: art-jiji-20220114-pillars, sources: [chr-test] }
              - from: fund-econsec
                type: HAS_AMOUNT
                to: fig-fund-fy2021
                aspect: FY2021 size
                sources: [chr-test, art-jiji-20220114-pillars]
                evidence: 2021年度で2,500億円の経済安全保障基金を創設
            """;

    public Dictionary<string, string> ExtraFiles { get; } = new(StringComparer.Ordinal);

    public string? Schema { get; set; } = File.ReadAllText(Path.Combine(SeedPaths.Directory, "schema.yaml"));

    public SeedSource ToSource()
    {
        var files = new List<SeedFile>
        {
            new(NodesPath, Nodes),
            new(RelationshipsPath, Relationships),
            new("source/chronicle.ja.txt", Chronicle),
        };
        if (Schema is not null)
        {
            files.Add(new SeedFile(SeedSource.SchemaPath, Schema));
        }
        files.AddRange(ExtraFiles.Select(kv => new SeedFile(kv.Key, kv.Value)));
        return SeedSource.FromFiles(files);
    }

    public void ReplaceInNodes(string oldText, string newText) => Nodes = Replace(Nodes, oldText, newText);

    public void ReplaceInRelationships(string oldText, string newText) =>
        Relationships = Replace(Relationships, oldText, newText);

    /// <summary>1-based line of the first line containing <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        return index >= 0
            ? index + 1
            : throw new ArgumentException($"'{fragment}' is not in the text.", nameof(fragment));
    }

    private static string Replace(string text, string oldText, string newText)
    {
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{oldText}' is not in the text.", nameof(oldText));
        }
        return text.Replace(oldText, newText, StringComparison.Ordinal);
    }
}
