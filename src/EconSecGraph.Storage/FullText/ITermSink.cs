namespace EconSecGraph.Storage.FullText;

/// <summary>Receives an analyser's terms as spans (valid only during the call), with their positions.</summary>
internal interface ITermSink
{
    void Add(ReadOnlySpan<char> term, int position);
}
