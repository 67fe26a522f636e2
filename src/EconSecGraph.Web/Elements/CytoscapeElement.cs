using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Elements;

/// <summary>One element in Cytoscape.js JSON: <c>{ group: "nodes"|"edges", data: { id, … } }</c>.</summary>
public sealed record CytoscapeElement(string Group, JObject Data);
