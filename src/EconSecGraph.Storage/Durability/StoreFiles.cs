using System.Globalization;

namespace EconSecGraph.Storage.Durability;

/// <summary>File names in a data directory (see docs/storage-format.md).</summary>
internal static class StoreFiles
{
    public const string LockFile = "store.lock";
    public const string JournalPrefix = "journal-";
    public const string JournalSuffix = ".log";
    public const string CheckpointPrefix = "checkpoint-";
    public const string CheckpointSuffix = ".ckpt";

    public static string Journal(string dir, long firstTx) =>
        Path.Combine(dir, JournalPrefix + firstTx.ToString("D20", CultureInfo.InvariantCulture) + JournalSuffix);

    public static string Checkpoint(string dir, long tx) =>
        Path.Combine(dir, CheckpointPrefix + tx.ToString("D20", CultureInfo.InvariantCulture) + CheckpointSuffix);

    /// <summary>Files with the prefix/suffix and a 20-digit number, ordered by that number.</summary>
    public static List<StoreFile> List(string dir, string prefix, string suffix)
    {
        var list = new List<StoreFile>();
        foreach (var path in System.IO.Directory.EnumerateFiles(dir, prefix + "*" + suffix))
        {
            var name = Path.GetFileName(path);
            var digits = name[prefix.Length..^suffix.Length];
            if (
                digits.Length == 20
                && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            )
            {
                list.Add(new StoreFile(n, path));
            }
        }
        list.Sort(static (a, b) => a.Number.CompareTo(b.Number));
        return list;
    }
}
