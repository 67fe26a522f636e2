namespace EconSecGraph.Web.Models;

public sealed record NameCount(string Name, long Count);
