namespace EconSecGraph.Web.Hosting;

/// <summary>What the start-up seed load did, for /healthz and the UI.</summary>
public sealed class SeedStatus
{
    private volatile string _state = "not loaded";

    public void Set(string state) => _state = state;

    public string Describe() => _state;
}
