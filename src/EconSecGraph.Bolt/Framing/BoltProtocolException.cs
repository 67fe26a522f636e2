namespace EconSecGraph.Bolt.Framing;

/// <summary>The peer broke the Bolt protocol (handshake, framing, message shape or order); the connection closes.</summary>
public sealed class BoltProtocolException : Exception
{
    public BoltProtocolException(string message)
        : base(message) { }

    public BoltProtocolException(string message, Exception innerException)
        : base(message, innerException) { }

    public BoltProtocolException()
        : base("Bolt protocol violation.") { }
}
