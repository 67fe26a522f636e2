namespace EconSecGraph.Cypher.Tests.TckRunner;

/// <summary>One Gherkin step: its text, and an optional doc string or table.</summary>
public sealed record TckStep(string Text, string? DocString, IReadOnlyList<string[]>? Table)
{
    public TckStep Substitute(IReadOnlyDictionary<string, string> values)
    {
        string Sub(string s)
        {
            foreach (var (k, v) in values)
            {
                s = s.Replace("<" + k + ">", v, StringComparison.Ordinal);
            }
            return s;
        }
        return new TckStep(
            Sub(Text),
            DocString is null ? null : Sub(DocString),
            Table?.Select(r => r.Select(Sub).ToArray()).ToList()
        );
    }
}
