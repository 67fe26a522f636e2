namespace EconSecGraph.Web.Hosting;

/// <summary>
/// <c>EconSecGraph.Web healthcheck [url]</c>: exits 0 when the URL answers 2xx. The container image has
/// no curl or wget, so docker compose's healthcheck calls the app itself.
/// </summary>
public static class HealthCheckCommand
{
    public static bool Matches(string[] args) => args is ["healthcheck", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var url = args.Length > 1 ? args[1] : "http://localhost:8080/healthz";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri(url));
            await Console.Out.WriteLineAsync($"{(int)response.StatusCode} {url}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException ex)
        {
            await Console.Error.WriteLineAsync($"{url}: {ex.Message}");
            return 1;
        }
        catch (TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{url}: no answer within 5 s");
            return 1;
        }
    }
}
