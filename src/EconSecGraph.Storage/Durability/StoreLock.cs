using System.Globalization;
using System.Text;

namespace EconSecGraph.Storage.Durability;

/// <summary>An exclusive lock on a data directory held for the store's lifetime (an OS file lock, released when the process dies).</summary>
internal sealed class StoreLock : IDisposable
{
    private readonly FileStream _stream;

    private StoreLock(FileStream stream) => _stream = stream;

    public static StoreLock Acquire(string directory)
    {
        var path = Path.Combine(directory, StoreFiles.LockFile);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            var holder = "another process";
            try
            {
                using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var text = new StreamReader(reader, Encoding.UTF8);
                var content = text.ReadToEnd().Trim();
                if (content.Length > 0)
                {
                    holder = content;
                }
            }
            catch (IOException)
            {
                // the holder's description is optional
            }
            catch (UnauthorizedAccessException)
            {
                // the holder's description is optional
            }
            throw new StoreLockedException(directory, holder);
        }
        stream.SetLength(0);
        var info = Encoding.UTF8.GetBytes(
            $"process {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)} ({Environment.ProcessPath ?? "unknown"})"
        );
        stream.Write(info);
        stream.Flush(); // no fsync: the holder's description only helps an error message, the OS lock is the lock
        return new StoreLock(stream);
    }

    public void Dispose() => _stream.Dispose();
}
