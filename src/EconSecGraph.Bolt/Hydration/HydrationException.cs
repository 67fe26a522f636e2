namespace EconSecGraph.Bolt.Hydration;

/// <summary>A structure has the wrong size, field types or values for its tag.</summary>
public sealed class HydrationException : Exception
{
    public HydrationException(string message)
        : base(message) { }

    public HydrationException(string message, Exception innerException)
        : base(message, innerException) { }

    public HydrationException()
        : base("Invalid Bolt structure.") { }
}
