namespace EconSecGraph.Web.Tests.Support;

/// <summary>One seeded app shared by the read-only API tests (starting it and loading the seed once).</summary>
public sealed class SeededAppFixture : IDisposable
{
    public SeededAppFixture()
    {
        App = new ExplorerApp();
        Client = App.CreateClient();
    }

    public ExplorerApp App { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        App.Dispose();
    }
}
