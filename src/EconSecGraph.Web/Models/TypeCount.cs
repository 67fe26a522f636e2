namespace EconSecGraph.Web.Models;

/// <summary>How many relationships of one type, in one direction (<c>out</c> or <c>in</c>), a node has.</summary>
public sealed record TypeCount(string Type, string Direction, long Count);
