namespace EconSecGraph.Bolt.Server;

/// <summary>
/// Whether the Bolt endpoint is served, for health reports: registered by
/// <see cref="BoltServerExtensions.AddBoltServer"/> and set when Kestrel is configured.
/// </summary>
public sealed class BoltListenerStatus
{
    private volatile string _state = "disabled";

    /// <summary><c>Bolt:Enabled</c>.</summary>
    public bool Enabled { get; internal set; }

    /// <summary>The configured <c>Bolt:Listen</c> address (null when disabled).</summary>
    public string? Listen { get; internal set; }

    /// <summary>True once the endpoint was handed to Kestrel (the port was free).</summary>
    public bool Listening { get; private set; }

    /// <summary>Why Bolt is not served although enabled (the port is taken, …); null otherwise.</summary>
    public string? Error { get; private set; }

    /// <summary><c>disabled</c>, <c>pending</c> (no Kestrel server yet), <c>listening</c> or <c>unavailable</c>.</summary>
    public string State => _state;

    internal void Pending(string listen)
    {
        Enabled = true;
        Listen = listen;
        _state = "pending";
    }

    internal void Started()
    {
        Listening = true;
        Error = null;
        _state = "listening";
    }

    internal void Failed(string error)
    {
        Listening = false;
        Error = error;
        _state = "unavailable";
    }
}
