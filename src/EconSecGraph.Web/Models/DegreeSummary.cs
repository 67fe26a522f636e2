namespace EconSecGraph.Web.Models;

public sealed record DegreeSummary(long Total, IReadOnlyList<TypeCount> ByType);
