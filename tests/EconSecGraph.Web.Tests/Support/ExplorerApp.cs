using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EconSecGraph.Web.Tests.Support;

/// <summary>
/// The real app (Program) on the embedded engine, in a fresh data folder, with graph-seed loaded at
/// start-up exactly as <c>dotnet run</c> does. Extra settings override appsettings.json.
/// </summary>
public class ExplorerApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public ExplorerApp()
        : this(new Dictionary<string, string?>(StringComparer.Ordinal)) { }

    public ExplorerApp(IReadOnlyDictionary<string, string?> settings, string? dataDir = null)
    {
        DataDir = dataDir ?? Path.Combine(Path.GetTempPath(), "esg-web-" + Guid.NewGuid().ToString("N"));
        OwnsDataDir = dataDir is null;
        _settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Graph:Backend"] = "Embedded",
            ["Graph:DataDir"] = DataDir,
            ["Bolt:Enabled"] = "false",
            ["Seed:LoadOnStart"] = "true",
            ["Seed:Directory"] = RepoPaths.Seed,
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    public string DataDir { get; }

    /// <summary>Replaces services after the app registered its own (e.g. a failing backend).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    private bool OwnsDataDir { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (TestServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && OwnsDataDir && Directory.Exists(DataDir))
        {
            try
            {
                Directory.Delete(DataDir, recursive: true);
            }
            catch (IOException)
            {
                // a file still held by a closing handle: the temp folder is cleaned by the OS later
            }
        }
    }
}
