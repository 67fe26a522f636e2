using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Errors;
using EconSecGraph.Web.Json;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Tests.Unit;

public class ParameterJsonTests
{
    [Fact]
    public void FromJson_MapsJsonTypesToCypherTypes()
    {
        var p = ParameterJson.FromJson(
            JObject.Parse("""{"i": 3, "f": 1.5, "s": "x", "b": true, "n": null, "l": [1, "a"], "m": {"k": 2}}""")
        );
        Assert.IsType<CypherInteger>(p["i"]);
        Assert.IsType<CypherFloat>(p["f"]);
        Assert.Equal("x", ((CypherString)p["s"]).Value);
        Assert.True(((CypherBoolean)p["b"]).Value);
        Assert.True(p["n"].IsNull);
        Assert.Equal(2, ((CypherList)p["l"]).Count);
        Assert.IsType<CypherInteger>(((CypherMap)p["m"])["k"]);
    }

    [Fact]
    public void FromJson_DateLookingStringStaysAString()
    {
        var token = Newtonsoft.Json.JsonConvert.DeserializeObject<JObject>(
            """{"d": "2021-06-09T00:00:00Z"}""",
            JsonDefaults.Settings
        );
        var p = ParameterJson.FromJson(token);
        Assert.Equal("2021-06-09T00:00:00Z", ((CypherString)p["d"]).Value);
    }

    [Fact]
    public void FromJson_HugeInteger_IsAClearError()
    {
        var ex = Assert.Throws<ApiArgumentException>(() =>
            ParameterJson.FromJson(JObject.Parse("""{"big": 123456789012345678901234567890}"""))
        );
        Assert.Contains("parameters.big", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_NotAnObject_IsAClearError() =>
        Assert.Throws<ApiArgumentException>(() => ParameterJson.FromJson(JArray.Parse("[1]")));
}
