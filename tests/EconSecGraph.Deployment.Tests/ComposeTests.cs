using System.Text.RegularExpressions;

namespace EconSecGraph.Deployment.Tests;

/// <summary>
/// docker-compose.yml cannot run on the build machines (no Docker engine), so these tests hold it to
/// the app: service names, ports, environment keys and healthchecks must agree with the configuration
/// the app actually reads.
/// </summary>
public class ComposeTests
{
    private static readonly ComposeFile s_compose = ComposeFile.Load(RepositoryFiles.Path("docker-compose.yml"));

    [Fact]
    public void Neo4j_UsesThePinnedCommunityImage() =>
        Assert.Equal("neo4j:5.26-community", ComposeFile.Scalar(s_compose.Service("neo4j"), "image"));

    [Fact]
    public void Neo4j_PublishesHttpAndBoltPorts()
    {
        var ports = ComposeFile.Sequence(s_compose.Service("neo4j"), "ports");
        Assert.Contains("7474:7474", ports);
        Assert.Contains("7687:7687", ports);
    }

    [Fact]
    public void Neo4j_TakesItsPasswordFromTheEnvFileAndTheAppUsesTheSameOne()
    {
        var neo4j = ComposeFile.Environment(s_compose.Service("neo4j"));
        var app = ComposeFile.Environment(s_compose.Service("app"));
        Assert.Contains(".env", ComposeFile.Sequence(s_compose.Service("neo4j"), "env_file"));

        var auth = Regex.Match(neo4j["NEO4J_AUTH"], @"^neo4j/\$\{(?<var>[A-Z][A-Z0-9_]*)(:\?[^}]*)?\}$");
        Assert.True(auth.Success, $"NEO4J_AUTH should be neo4j/${{VAR}}, was '{neo4j["NEO4J_AUTH"]}'");
        var variable = auth.Groups["var"].Value;
        Assert.Equal("neo4j", app["Neo4j__User"]);
        Assert.StartsWith("${" + variable, app["Neo4j__Password"], StringComparison.Ordinal);

        var env = File.ReadAllLines(RepositoryFiles.Path(".env"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'));
        var line = Assert.Single(env, l => l.StartsWith(variable + "=", StringComparison.Ordinal));
        Assert.True(line.Length - variable.Length - 1 >= 8, "Neo4j refuses passwords shorter than 8 characters");
    }

    [Fact]
    public void Neo4j_HealthcheckProbesItsHttpPort()
    {
        var neo4j = s_compose.Service("neo4j");
        var command = ComposeFile.HealthcheckCommand(neo4j);
        Assert.Contains("localhost:7474", command, StringComparison.Ordinal);
        Assert.NotNull(ComposeFile.Scalar(ComposeFile.Child(neo4j, "healthcheck"), "start_period"));
    }

    [Fact]
    public void Neo4j_KeepsDataInNamedVolumes()
    {
        var mounts = ComposeFile.Sequence(s_compose.Service("neo4j"), "volumes");
        Assert.Contains(mounts, m => m.EndsWith(":/data", StringComparison.Ordinal));
        foreach (var mount in mounts)
        {
            var volume = mount.Split(':')[0];
            Assert.Contains(volume, s_compose.TopLevelVolumes);
        }
    }

    [Fact]
    public void App_WaitsForNeo4jToBeHealthy()
    {
        var dependsOn = ComposeFile.Child(s_compose.Service("app"), "depends_on");
        Assert.Equal("service_healthy", ComposeFile.Scalar(ComposeFile.Child(dependsOn, "neo4j"), "condition"));
    }

    [Fact]
    public void App_EveryEnvironmentKeyIsAConfigurationKeyTheAppReads()
    {
        var problems = ComposeFile
            .Environment(s_compose.Service("app"))
            .Select(kv => ConfigurationKeys.Check(kv.Key, kv.Value))
            .OfType<string>()
            .ToList();
        Assert.Empty(problems);
    }

    [Fact]
    public void App_SelectsNeo4jAndPointsItsBoltUriAtTheNeo4jService()
    {
        var app = ComposeFile.Environment(s_compose.Service("app"));
        Assert.Equal("Neo4j", app["Graph__Backend"]);
        var uri = new Uri(app["Neo4j__Uri"]);
        Assert.Equal("neo4j", uri.Host); // the service name is the host name inside the compose network
        Assert.Equal(7687, uri.Port);
        Assert.Contains(uri.Scheme, new[] { "bolt", "neo4j" });
    }

    [Fact]
    public void App_ServesOn8080AndItsHealthcheckAsksThatPort()
    {
        var service = s_compose.Service("app");
        var urls = new Uri(ComposeFile.Environment(service)["Urls"]);
        Assert.Equal(8080, urls.Port);
        Assert.Contains("8080:8080", ComposeFile.Sequence(service, "ports"));
        var command = ComposeFile.HealthcheckCommand(service);
        Assert.Contains("EconSecGraph.Web.dll healthcheck", command, StringComparison.Ordinal);
        Assert.Contains("localhost:8080/healthz", command, StringComparison.Ordinal);
    }

    [Fact]
    public void App_LoadsTheSeedAtStartAndLeavesBoltToNeo4j()
    {
        var app = ComposeFile.Environment(s_compose.Service("app"));
        Assert.Equal("true", app["Seed__LoadOnStart"]);
        Assert.Equal("false", app["Bolt__Enabled"]);
    }

    [Fact]
    public void Dockerfile_RunsTheWebAssemblyOnThePortComposePublishes()
    {
        var dockerfile = File.ReadAllText(RepositoryFiles.Path("Dockerfile"));
        Assert.Contains("EXPOSE 8080", dockerfile, StringComparison.Ordinal);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"EconSecGraph.Web.dll\"]", dockerfile, StringComparison.Ordinal);
        Assert.Contains("src/EconSecGraph.Web/EconSecGraph.Web.csproj", dockerfile, StringComparison.Ordinal);
        Assert.Equal("EconSecGraph.Web", typeof(EconSecGraph.Web.Configuration.GraphOptions).Assembly.GetName().Name);
    }

    [Theory]
    [InlineData("Graph__Backend", "Sideways")]
    [InlineData("Neo4j__Nonsense", "x")]
    [InlineData("Nowhere__Uri", "x")]
    [InlineData("Bolt__Enabled", "maybe")]
    public void ConfigurationKeys_RejectsKeysAndValuesTheAppWouldNotBind(string key, string value) =>
        Assert.NotNull(ConfigurationKeys.Check(key, value));
}
