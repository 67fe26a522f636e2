using System.Text.Json;

namespace EconSecGraph.Bench.Harness;

public static class JsonOptions
{
    public static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
