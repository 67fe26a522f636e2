using System.Text.Json;
using EconSecGraph.Bench.Harness;

namespace EconSecGraph.Bench.Generation;

/// <summary>The write mix's inputs (<c>writes.json</c> next to the CSVs), shared by every engine: a warm-up round and the timed round, with different ids.</summary>
public sealed record WriteSet(IReadOnlyList<WriteInput> Warmup, IReadOnlyList<WriteInput> Timed)
{
    public const string FileName = "writes.json";

    public static WriteSet Create(QuerySet set) => new(WriteInput.From(set, 1_000_000), WriteInput.From(set, 0));

    public static WriteSet Load(string directory) =>
        JsonSerializer.Deserialize<WriteSet>(File.ReadAllText(Path.Combine(directory, FileName)), JsonOptions.Indented)
        ?? throw new InvalidDataException($"{FileName} is empty");

    public void Save(string directory) =>
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(this, JsonOptions.Indented));
}
