using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Tests.Support;

internal static class HttpJson
{
    public static async Task<JObject> GetJsonAsync(this HttpClient client, string url, int expectedStatus = 200)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await ReadAsync(response, expectedStatus, url);
    }

    public static async Task<JObject> PostJsonAsync(
        this HttpClient client,
        string url,
        object body,
        int expectedStatus = 200
    )
    {
        using var content = new StringContent(
            Newtonsoft.Json.JsonConvert.SerializeObject(body),
            System.Text.Encoding.UTF8,
            "application/json"
        );
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        return await ReadAsync(response, expectedStatus, url);
    }

    private static async Task<JObject> ReadAsync(HttpResponseMessage response, int expectedStatus, string url)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(
            (int)response.StatusCode == expectedStatus,
            $"{url}: expected {expectedStatus}, got {(int)response.StatusCode}: {text}"
        );
        if (expectedStatus >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        return JObject.Parse(text);
    }
}
