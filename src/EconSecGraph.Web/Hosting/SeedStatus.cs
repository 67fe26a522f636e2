namespace EconSecGraph.Web.Hosting;

/// <summary>What the start-up seed load did, for /healthz and the UI's banner.</summary>
public sealed class SeedStatus
{
    private volatile Snapshot _current = new("not loaded", null, null);

    /// <summary><c>disabled</c>, <c>not loaded</c>, <c>loading</c>, <c>loaded</c> or <c>failed</c>.</summary>
    public string State => _current.State;

    public string? Message => _current.Message;

    public string? Directory => _current.Directory;

    public void Set(string state, string? message = null, string? directory = null) =>
        _current = new Snapshot(state, message, directory ?? _current.Directory);

    public string Describe() => _current.Message is null ? _current.State : $"{_current.State}: {_current.Message}";

    private sealed record Snapshot(string State, string? Message, string? Directory);
}
