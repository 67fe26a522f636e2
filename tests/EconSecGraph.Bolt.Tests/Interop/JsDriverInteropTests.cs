using System.Text.Json;
using EconSecGraph.Bolt.Tests.Support;
using EconSecGraph.Cypher;

namespace EconSecGraph.Bolt.Tests.Interop;

/// <summary>
/// The official JavaScript driver (npm <c>neo4j-driver</c> 6.3.0, pinned in <c>interop/package-lock.json</c>)
/// against our server hosted in Kestrel, over <c>bolt://</c> and <c>neo4j://</c>.
/// </summary>
public class JsDriverInteropTests
{
    [Fact]
    public async Task JsDriver_AgainstTheEmbeddedEngine_AllChecksPass()
    {
        await NodeInterop.EnsureInstalledAsync();
        await using var database = EmbeddedGraphDatabase.CreateInMemory(new EmbeddedOptions { SyncCommits = false });
        await using var host = await BoltTestHost.StartAsync(
            database,
            new Dictionary<string, string?> { ["Bolt:Username"] = "neo4j", ["Bolt:Password"] = "interop-secret" }
        );
        var (exit, output) = await NodeInterop.RunNodeAsync(
            "interop.mjs",
            $"127.0.0.1:{host.Port}",
            "neo4j",
            "interop-secret",
            "cypher"
        );
        var report = ParseReport(output);
        var failed = report.GetProperty("failed").EnumerateArray().Select(f => f.ToString()).ToList();
        Assert.True(failed.Count == 0, "failed checks:\n" + string.Join("\n", failed) + "\n" + output);
        Assert.Equal(0, exit);
        var passed = report.GetProperty("passed").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Equal(16, passed.Count);
        Assert.Contains("syntax error with its code, then a working query on the same connection", passed);
    }

    internal static JsonElement ParseReport(string output)
    {
        var start = output.IndexOf("{\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "the script printed no JSON report:\n" + output);
        var end = output.LastIndexOf('}');
        return JsonDocument.Parse(output[start..(end + 1)]).RootElement;
    }
}
