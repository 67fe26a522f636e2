using EconSecGraph.Web.Tests.Support;

namespace EconSecGraph.Web.Tests.Api;

[Collection(SeededCollection.Name)]
public class SearchApiTests(SeededAppFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [SkippableTheory]
    [InlineData("防衛装備庁")]
    [InlineData("ATLA")]
    [InlineData("atla")]
    [InlineData("ＡＴＬＡ")]
    [InlineData("Acquisition, Technology")]
    [InlineData("装備庁")]
    public async Task Search_NameAliasEnglishOrPartial_FindsAtlaFirst(string q)
    {
        SeedGuard.Require(fixture.App.Services);
        var json = await _client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal("org-atla", (string?)json["items"]![0]!["key"]);
    }

    [SkippableFact]
    public async Task Search_ByAlias_SaysWhichAliasMatched()
    {
        SeedGuard.Require(fixture.App.Services);
        var json = await _client.GetJsonAsync("/api/search?q=MEXT");
        var first = json["items"]![0]!;
        Assert.Equal("org-mext", (string?)first["key"]);
        Assert.Equal("alias", (string?)first["matchedField"]);
        Assert.Equal("MEXT", (string?)first["matchedText"]);
    }

    [SkippableFact]
    public async Task Search_LabelFilter_KeepsOnlyThatLabel()
    {
        SeedGuard.Require(fixture.App.Services);
        var json = await _client.GetJsonAsync(
            "/api/search?q=" + Uri.EscapeDataString("防衛") + "&labels=Article&limit=50"
        );
        var items = json["items"]!.ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("Article", (string?)i["kind"]));
    }

    [SkippableFact]
    public async Task Search_Limit_IsHonouredAndValidated()
    {
        SeedGuard.Require(fixture.App.Services);
        var json = await _client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("省") + "&limit=2");
        Assert.True(json["items"]!.Count() <= 2);
        var problem = await _client.GetJsonAsync("/api/search?q=x&limit=0", 400);
        Assert.NotNull(problem["errors"]?["limit"]);
    }

    [SkippableFact]
    public async Task Search_EmptyQuery_ReturnsNoItems()
    {
        var json = await _client.GetJsonAsync("/api/search?q=%20");
        Assert.Empty(json["items"]!);
    }
}
