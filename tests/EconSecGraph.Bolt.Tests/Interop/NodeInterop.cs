using System.Diagnostics;
using System.Text;

namespace EconSecGraph.Bolt.Tests.Interop;

/// <summary>Runs scripts of the pinned npm <c>neo4j-driver</c> in <c>interop/</c>, installing it with <c>npm ci</c> first when needed.</summary>
internal static class NodeInterop
{
    private static readonly SemaphoreSlim s_install = new(1, 1);

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "interop");

    /// <summary>Makes sure <c>node_modules/neo4j-driver</c> exists (runs <c>npm ci</c> once).</summary>
    public static async Task EnsureInstalledAsync()
    {
        await s_install.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(Folder, "node_modules", "neo4j-driver", "package.json")))
            {
                return;
            }
            var (exit, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
            if (exit != 0)
            {
                throw new InvalidOperationException($"npm ci failed in {Folder} (exit {exit}):\n{output}");
            }
        }
        finally
        {
            s_install.Release();
        }
    }

    /// <summary>Runs <c>node script args…</c>; returns the exit code and everything it printed.</summary>
    public static Task<(int Exit, string Output)> RunNodeAsync(string script, params string[] args) =>
        RunAsync("node", [script, .. args], TimeSpan.FromMinutes(3));

    private static async Task<(int Exit, string Output)> RunAsync(string file, string[] args, TimeSpan limit)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException ex)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {limit}.", ex);
        }
        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }
}
