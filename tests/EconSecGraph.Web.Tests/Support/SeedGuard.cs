using EconSecGraph.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EconSecGraph.Web.Tests.Support;

/// <summary>
/// Tests that need the seed graph fail first with the loader's own account of what went wrong, instead
/// of with a puzzling empty answer further down.
/// </summary>
internal static class SeedGuard
{
    public static void Require(IServiceProvider services)
    {
        var status = services.GetRequiredService<SeedStatus>();
        Assert.True(status.State == "loaded", "The seed did not load: " + status.Describe());
    }
}
