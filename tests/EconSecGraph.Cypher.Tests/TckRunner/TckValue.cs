using System.Globalization;
using System.Text;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Tests.TckRunner;

/// <summary>An expected value as the TCK writes it: literals, lists, maps, <c>(:L {p: 1})</c>, <c>[:T]</c>, <c>&lt;(a)-[:T]-&gt;(b)&gt;</c>.</summary>
public abstract record TckValue
{
    public sealed record Literal(CypherValue Value) : TckValue;

    public sealed record ListValue(IReadOnlyList<TckValue> Items) : TckValue;

    public sealed record MapValue(IReadOnlyList<KeyValuePair<string, TckValue>> Entries) : TckValue;

    public sealed record NodeValue(IReadOnlyList<string> Labels, MapValue Properties) : TckValue;

    public sealed record RelValue(string Type, MapValue Properties) : TckValue;

    /// <summary>Nodes n0..nk and relationships r1..rk; <c>Forward[i]</c> tells whether r(i+1) points from n(i) to n(i+1).</summary>
    public sealed record PathValue(
        IReadOnlyList<NodeValue> Nodes,
        IReadOnlyList<RelValue> Rels,
        IReadOnlyList<bool> Forward
    ) : TckValue;

    public static TckValue Parse(string text)
    {
        var p = new Reader(text);
        var v = p.Value();
        p.SkipSpace();
        if (!p.End)
        {
            throw new FormatException("Unexpected trailing text in TCK value: " + text);
        }
        return v;
    }

    /// <summary>The value as a query parameter (nodes and paths cannot be parameters).</summary>
    public CypherValue ToParameter() =>
        this switch
        {
            Literal l => l.Value,
            ListValue l => CypherList.Wrap([.. l.Items.Select(i => i.ToParameter())]),
            MapValue m => new CypherMap(
                m.Entries.Select(e => new KeyValuePair<string, CypherValue>(e.Key, e.Value.ToParameter()))
            ),
            _ => throw new FormatException("Graph elements cannot be parameters."),
        };

    private sealed class Reader(string s)
    {
        private int _i;

        public bool End => _i >= s.Length;

        public void SkipSpace()
        {
            while (_i < s.Length && char.IsWhiteSpace(s[_i]))
            {
                _i++;
            }
        }

        private char Peek()
        {
            SkipSpace();
            return _i < s.Length ? s[_i] : '\0';
        }

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw new FormatException(
                    "Expected '" + c + "' at " + _i.ToString(CultureInfo.InvariantCulture) + " in TCK value: " + s
                );
            }
            _i++;
        }

        private bool Accept(string token)
        {
            SkipSpace();
            if (string.CompareOrdinal(s, _i, token, 0, token.Length) == 0)
            {
                _i += token.Length;
                return true;
            }
            return false;
        }

        public TckValue Value()
        {
            var c = Peek();
            switch (c)
            {
                case '[':
                    return ListOrRel();
                case '{':
                    return Map();
                case '(':
                    return Node();
                case '<':
                    return Path();
                case '\'':
                case '"':
                    return new Literal(new CypherString(Quoted()));
            }
            if (Accept("null"))
            {
                return new Literal(CypherNull.Instance);
            }
            if (Accept("true"))
            {
                return new Literal(CypherBoolean.True);
            }
            if (Accept("false"))
            {
                return new Literal(CypherBoolean.False);
            }
            if (Accept("NaN"))
            {
                return new Literal(new CypherFloat(double.NaN));
            }
            if (Accept("Inf") || Accept("Infinity"))
            {
                return new Literal(new CypherFloat(double.PositiveInfinity));
            }
            if (Accept("-Inf") || Accept("-Infinity"))
            {
                return new Literal(new CypherFloat(double.NegativeInfinity));
            }
            return Number();
        }

        private Literal Number()
        {
            SkipSpace();
            var start = _i;
            while (
                _i < s.Length
                && (
                    char.IsAsciiDigit(s[_i])
                    || s[_i]
                        is '-'
                            or '+'
                            or '.'
                            or 'e'
                            or 'E'
                            or 'x'
                            or 'o'
                            or 'X'
                            or (>= 'a' and <= 'f')
                            or (>= 'A' and <= 'F')
                )
            )
            {
                _i++;
            }
            var t = s[start.._i];
            if (t.Length == 0)
            {
                throw new FormatException(
                    "Cannot read TCK value at " + start.ToString(CultureInfo.InvariantCulture) + ": " + s
                );
            }
            if (
                !t.Contains('.', StringComparison.Ordinal)
                && !t.Contains('e', StringComparison.OrdinalIgnoreCase)
                && long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            )
            {
                return new Literal(CypherInteger.Of(l));
            }
            if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                return new Literal(new CypherFloat(d));
            }
            throw new FormatException("Not a number in TCK value: " + t);
        }

        private string Quoted()
        {
            SkipSpace();
            var q = s[_i++];
            var sb = new StringBuilder();
            while (_i < s.Length && s[_i] != q)
            {
                if (s[_i] == '\\' && _i + 1 < s.Length)
                {
                    var n = s[_i + 1];
                    sb.Append(
                        n switch
                        {
                            'n' => '\n',
                            't' => '\t',
                            'r' => '\r',
                            _ => n,
                        }
                    );
                    _i += 2;
                    continue;
                }
                sb.Append(s[_i++]);
            }
            _i++;
            return sb.ToString();
        }

        private string Key()
        {
            SkipSpace();
            if (s[_i] is '\'' or '"')
            {
                return Quoted();
            }
            if (s[_i] == '`')
            {
                var end = s.IndexOf('`', _i + 1);
                var k = s[(_i + 1)..end];
                _i = end + 1;
                return k;
            }
            var start = _i;
            while (_i < s.Length && (char.IsLetterOrDigit(s[_i]) || s[_i] == '_'))
            {
                _i++;
            }
            return s[start.._i];
        }

        private MapValue Map()
        {
            Expect('{');
            var entries = new List<KeyValuePair<string, TckValue>>();
            if (Peek() == '}')
            {
                _i++;
                return new MapValue(entries);
            }
            while (true)
            {
                var k = Key();
                Expect(':');
                entries.Add(new(k, Value()));
                if (Peek() == ',')
                {
                    _i++;
                    continue;
                }
                Expect('}');
                return new MapValue(entries);
            }
        }

        private TckValue ListOrRel()
        {
            Expect('[');
            if (Peek() == ':')
            {
                _i++;
                var type = Key();
                var props = Peek() == '{' ? Map() : new MapValue([]);
                Expect(']');
                return new RelValue(type, props);
            }
            var items = new List<TckValue>();
            if (Peek() == ']')
            {
                _i++;
                return new ListValue(items);
            }
            while (true)
            {
                items.Add(Value());
                if (Peek() == ',')
                {
                    _i++;
                    continue;
                }
                Expect(']');
                return new ListValue(items);
            }
        }

        private NodeValue Node()
        {
            Expect('(');
            var labels = new List<string>();
            while (Peek() == ':')
            {
                _i++;
                labels.Add(Key());
            }
            var props = Peek() == '{' ? Map() : new MapValue([]);
            Expect(')');
            return new NodeValue(labels, props);
        }

        private PathValue Path()
        {
            Expect('<');
            var nodes = new List<NodeValue> { Node() };
            var rels = new List<RelValue>();
            var forward = new List<bool>();
            while (Peek() != '>')
            {
                var back = Accept("<-");
                if (!back)
                {
                    Expect('-');
                }
                var rel = (RelValue)ListOrRel();
                var fwd = Accept("->");
                if (!fwd)
                {
                    Expect('-');
                }
                rels.Add(rel);
                forward.Add(!back);
                nodes.Add(Node());
            }
            Expect('>');
            return new PathValue(nodes, rels, forward);
        }
    }
}
