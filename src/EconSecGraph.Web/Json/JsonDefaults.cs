using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace EconSecGraph.Web.Json;

/// <summary>The one set of JSON settings every endpoint writes with (camelCase, nulls left out).</summary>
public static class JsonDefaults
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    };
}
