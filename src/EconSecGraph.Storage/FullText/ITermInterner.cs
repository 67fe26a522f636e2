namespace EconSecGraph.Storage.FullText;

/// <summary>Turns an analysed term (a span of a buffer) into a string, reusing one already known.</summary>
internal interface ITermInterner
{
    string Intern(ReadOnlySpan<char> term);
}
