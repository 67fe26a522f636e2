namespace EconSecGraph.Cypher.Functions.Library;

/// <summary>Which end(s) <see cref="StringFunctions.Trim"/> removes characters from.</summary>
public enum TrimMode
{
    Both,
    Leading,
    Trailing,
}
