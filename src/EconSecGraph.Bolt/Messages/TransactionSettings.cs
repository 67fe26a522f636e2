using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Messages;

/// <summary>The transaction keys of RUN's and BEGIN's extra: bookmarks, tx_timeout, tx_metadata, mode, db, imp_user.</summary>
public sealed record TransactionSettings
{
    public IReadOnlyList<string> Bookmarks { get; init; } = [];

    public TimeSpan? Timeout { get; init; }

    public IReadOnlyDictionary<string, CypherValue>? Metadata { get; init; }

    public AccessMode AccessMode { get; init; } = AccessMode.Write;

    public string? Database { get; init; }

    public string? ImpersonatedUser { get; init; }

    public static TransactionSettings Parse(CypherMap extra, string message)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var timeout = MessageFields.GetInteger(extra, "tx_timeout", message);
        var mode = MessageFields.GetString(extra, "mode", message);
        return new TransactionSettings
        {
            Bookmarks = MessageFields.GetStrings(extra, "bookmarks", message),
            Timeout = timeout > 0 ? TimeSpan.FromMilliseconds(timeout.Value) : null,
            Metadata = MessageFields.GetMap(extra, "tx_metadata", message),
            AccessMode = string.Equals(mode, "r", StringComparison.Ordinal) ? AccessMode.Read : AccessMode.Write,
            Database = MessageFields.GetString(extra, "db", message) is { Length: > 0 } db ? db : null,
            ImpersonatedUser = MessageFields.GetString(extra, "imp_user", message),
        };
    }

    /// <summary>The extra dictionary, omitting defaults (as drivers do).</summary>
    public CypherMap ToExtra() =>
        MessageFields.Map(
            ("bookmarks", Bookmarks.Count > 0 ? MessageFields.Strings(Bookmarks) : null),
            ("tx_timeout", Timeout is { } t ? (CypherValue)(long)Math.Ceiling(t.TotalMilliseconds) : null),
            ("tx_metadata", Metadata is { Count: > 0 } m ? new CypherMap(m) : null),
            ("mode", AccessMode == AccessMode.Read ? "r" : null),
            ("db", Database),
            ("imp_user", ImpersonatedUser)
        );
}
