using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Tests.Support;

/// <summary>
/// The explorer as a real process (<c>dotnet EconSecGraph.Web.dll</c>, real Kestrel), for what only a real
/// server shows: ports, listeners, start-up logs. Ended by its own process id when disposed.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataDir;

    private AppProcess(Process process, string dataDir, int httpPort)
    {
        _process = process;
        _dataDir = dataDir;
        HttpPort = httpPort;
    }

    public int HttpPort { get; }

    /// <summary>Everything the app wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app with <paramref name="settings"/> as environment variables and waits for a 200 from /healthz.</summary>
    public static async Task<(AppProcess App, JObject Health)> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "EconSecGraph.Web.dll");
        var dataDir = Path.Combine(Path.GetTempPath(), "esg-web-proc-" + Guid.NewGuid().ToString("N"));
        var httpPort = FreePort();
        var info = new ProcessStartInfo("dotnet", [app])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["Graph__DataDir"] = dataDir;
        info.Environment["Seed__LoadOnStart"] = "false";
        info.Environment["Urls"] = $"http://127.0.0.1:{httpPort}";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var result = new AppProcess(process, dataDir, httpPort);
        process.OutputDataReceived += (_, e) => result.Append(e.Data);
        process.ErrorDataReceived += (_, e) => result.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (process.HasExited)
            {
                var output = result.Output;
                await result.DisposeAsync();
                throw new InvalidOperationException(
                    $"The app exited with code {process.ExitCode} before answering /healthz:\n{output}"
                );
            }
            try
            {
                var text = await http.GetStringAsync(new Uri($"http://127.0.0.1:{httpPort}/healthz"));
                return (result, JObject.Parse(text));
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
            catch (TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }
        var log = result.Output;
        await result.DisposeAsync();
        throw new TimeoutException("The app did not answer /healthz within 2 minutes:\n" + log);
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (Directory.Exists(_dataDir))
        {
            try
            {
                Directory.Delete(_dataDir, recursive: true);
            }
            catch (IOException)
            {
                // a handle still closing: the temp folder is cleaned by the OS later
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
