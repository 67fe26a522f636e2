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
        await SeedApiChecks.AtlaRanksFirstAsync(_client, q);
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

    [SkippableTheory]
    [InlineData("Thousan", "prog-thousand-talents")] // a partial word: the prefix pass finds it
    [InlineData("千人計画", "prog-thousand-talents")]
    public async Task Search_PartialWordOrCjkPhrase_FindsTheEntity(string q, string key)
    {
        SeedGuard.Require(fixture.App.Services);
        var json = await _client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Contains(json["items"]!, i => (string?)i["key"] == key);
    }

    [SkippableFact]
    public async Task Search_SubstringScan_RunsOnlyWhenItCouldChangeTheAnswer()
    {
        SeedGuard.Require(fixture.App.Services);
        // CJK of two or more characters: the index's bigrams see every occurrence, no scan
        var cjk = await _client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("装備庁"));
        Assert.True((bool)cjk["fullTextUsed"]!);
        Assert.False((bool)cjk["substringScan"]!);
        Assert.Equal("org-atla", (string?)cjk["items"]![0]!["key"]);
        // one character: only the scan finds it inside names
        var one = await _client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("省") + "&limit=50");
        Assert.True((bool)one["substringScan"]!);
        Assert.Contains(one["items"]!, i => (string?)i["key"] == "org-mod"); // 防衛省
    }

    [SkippableFact]
    public async Task Search_EmptyQuery_ReturnsNoItems()
    {
        var json = await _client.GetJsonAsync("/api/search?q=%20");
        Assert.Empty(json["items"]!);
    }
}
