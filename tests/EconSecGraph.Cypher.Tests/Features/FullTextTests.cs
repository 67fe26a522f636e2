using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using static EconSecGraph.Cypher.Tests.Features.CypherRunner;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>db.index.fulltext.queryNodes over Japanese (CJK) and English text.</summary>
public sealed class FullTextTests
{
    private static async Task<EmbeddedGraphDatabase> DocsAsync()
    {
        var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(new Query("CREATE FULLTEXT INDEX docs FOR (n:Doc) ON EACH [n.title, n.body]"));
        await db.QueryAsync(
            new Query(
                "CREATE (:Doc {title: '経済安全保障推進法が成立', body: '重要物資の安定供給を確保する'}), "
                    + "(:Doc {title: '半導体の供給網', body: '経済安全保障の観点から半導体を支援'}), "
                    + "(:Doc {title: 'Economic Security Promotion Act', body: 'supply chains'})"
            )
        );
        return db;
    }

    [Fact]
    public async Task QueryNodes_JapaneseWord_FindsOnlyDocumentsContainingIt()
    {
        await using var db = await DocsAsync();
        Assert.Equal(
            ["'半導体の供給網'"],
            await RowsAsync(db, "CALL db.index.fulltext.queryNodes('docs', '半導体') YIELD node RETURN node.title")
        );
    }

    [Fact]
    public async Task QueryNodes_JapaneseTermInTwoDocuments_FindsBothWithScoresDescending()
    {
        await using var db = await DocsAsync();
        var rows = await RowsAsync(
            db,
            "CALL db.index.fulltext.queryNodes('docs', '経済安全保障') YIELD node, score RETURN node.title, score"
        );
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.StartsWith("'経済安全保障推進法が成立'", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("'半導体の供給網'", StringComparison.Ordinal));
        var scores = rows.Select(r =>
                double.Parse(r.Split(" | ")[1], System.Globalization.CultureInfo.InvariantCulture)
            )
            .ToList();
        Assert.True(scores[0] >= scores[1] && scores[1] > 0, string.Join(", ", scores));
    }

    [Fact]
    public async Task QueryNodes_EnglishIsCaseInsensitive()
    {
        await using var db = await DocsAsync();
        Assert.Equal(
            ["'Economic Security Promotion Act'"],
            await RowsAsync(db, "CALL db.index.fulltext.queryNodes('docs', 'economic') YIELD node RETURN node.title")
        );
    }

    [Fact]
    public async Task QueryNodes_NoMatch_ReturnsNoRows()
    {
        await using var db = await DocsAsync();
        Assert.Empty(await RowsAsync(db, "CALL db.index.fulltext.queryNodes('docs', '量子') YIELD node RETURN node"));
    }

    [Fact]
    public async Task QueryNodes_UnknownIndex_FailsClearly()
    {
        await using var db = await DocsAsync();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query("CALL db.index.fulltext.queryNodes('nope', 'x') YIELD node RETURN node"))
        );
        Assert.Contains("nope", e.Message, StringComparison.Ordinal);
    }
}
