namespace EconSecGraph.Bolt.PackStream;

/// <summary>The bytes are not valid PackStream (unknown marker, truncated value, size out of range).</summary>
public sealed class PackStreamException : Exception
{
    public PackStreamException(string message)
        : base(message) { }

    public PackStreamException(string message, Exception innerException)
        : base(message, innerException) { }

    public PackStreamException()
        : base("Invalid PackStream data.") { }
}
