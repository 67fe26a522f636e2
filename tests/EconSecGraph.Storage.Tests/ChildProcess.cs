using System.Diagnostics;

namespace EconSecGraph.Storage.Tests;

/// <summary>Runs the CrashWriter console (built next to the tests) as a real child process.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    public ChildProcess(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "EconSecGraph.Storage.CrashWriter.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        _process = Process.Start(info) ?? throw new InvalidOperationException("could not start the child process");
    }

    /// <summary>The next stdout line, or null at end of output / after the timeout.</summary>
    public string? ReadLine(TimeSpan timeout)
    {
        var task = _process.StandardOutput.ReadLineAsync();
        return task.Wait(timeout) ? task.Result : null;
    }

    public string ReadError() => _process.StandardError.ReadToEnd();

    /// <summary>SIGKILL on Unix: no finally blocks, no flushes.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.WaitForExit(30_000);
    }

    public void CloseInput() => _process.StandardInput.Close();

    public bool WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout);

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
