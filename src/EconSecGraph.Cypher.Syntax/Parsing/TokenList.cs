namespace EconSecGraph.Cypher.Syntax.Parsing;

/// <summary>
/// The lexer's tokens in order: an array that grows. Ours rather than <c>List&lt;Token&gt;</c>: ReadyToRun cannot
/// precompile a framework generic over a value type of ours, so that list was JIT-compiled in every process and
/// ran unoptimised through the first statements the parser read.
/// </summary>
internal sealed class TokenList
{
    private Token[] _items;

    public TokenList(int capacity) => _items = new Token[Math.Max(4, capacity)];

    public int Count { get; private set; }

    public Token this[int index] =>
        (uint)index < (uint)Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The last token (the lexer always ends with <see cref="TokenKind.EndOfInput"/>).</summary>
    public Token Last => this[Count - 1];

    public void Add(Token token)
    {
        if (Count == _items.Length)
        {
            var grown = new Token[_items.Length * 2];
            Array.Copy(_items, grown, Count);
            _items = grown;
        }
        _items[Count++] = token;
    }
}
