using System.Text;

namespace EconSecGraph.Seed.Sources;

/// <summary>
/// The files of a graph-seed folder: <c>schema.yaml</c>, the data files under <c>nodes/</c> and
/// <c>relationships/</c>, and the source texts under <c>source/</c>. Paths are relative and use '/'.
/// </summary>
public sealed class SeedSource
{
    public const string SchemaPath = "schema.yaml";

    private const string ResourcePrefix = "graph-seed/";

    private readonly List<SeedFile> _files;

    private SeedSource(string description, IEnumerable<SeedFile> files)
    {
        Description = description;
        _files = [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>Where the files came from (a folder path or "embedded"), for messages.</summary>
    public string Description { get; }

    public IReadOnlyList<SeedFile> Files => _files;

    public SeedFile? Schema => _files.Find(f => string.Equals(f.Path, SchemaPath, StringComparison.Ordinal));

    /// <summary>The YAML data files, in path order.</summary>
    public IEnumerable<SeedFile> DataFiles =>
        _files.Where(f =>
            (
                f.Path.StartsWith("nodes/", StringComparison.Ordinal)
                || f.Path.StartsWith("relationships/", StringComparison.Ordinal)
            ) && IsYaml(f.Path)
        );

    /// <summary>The source texts facts quote (source/*.txt).</summary>
    public IEnumerable<SeedFile> SourceTexts =>
        _files.Where(f => f.Path.StartsWith("source/", StringComparison.Ordinal));

    public SeedFile? Find(string path) => _files.Find(f => string.Equals(f.Path, path, StringComparison.Ordinal));

    public static SeedSource FromFiles(IEnumerable<SeedFile> files, string description = "in-memory files")
    {
        ArgumentNullException.ThrowIfNull(files);
        return new SeedSource(description, files);
    }

    /// <summary>Reads a graph-seed folder (e.g. the repository's <c>graph-seed/</c>).</summary>
    public static SeedSource FromDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException(
                $"The graph-seed folder '{root}' does not exist; pass the folder that holds schema.yaml, nodes/ and relationships/."
            );
        }
        var files = new List<SeedFile>();
        foreach (var sub in new[] { "nodes", "relationships", "source" })
        {
            var dir = Path.Combine(root, sub);
            if (!Directory.Exists(dir))
            {
                continue;
            }
            foreach (var path in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
                if (string.Equals(sub, "source", StringComparison.Ordinal) || IsYaml(relative))
                {
                    files.Add(new SeedFile(relative, File.ReadAllText(path, Encoding.UTF8)));
                }
            }
        }
        var schema = Path.Combine(root, SchemaPath);
        if (File.Exists(schema))
        {
            files.Add(new SeedFile(SchemaPath, File.ReadAllText(schema, Encoding.UTF8)));
        }
        return new SeedSource(root, files);
    }

    /// <summary>The graph-seed folder compiled into this assembly (the seed as of this build).</summary>
    public static SeedSource Embedded()
    {
        var assembly = typeof(SeedSource).Assembly;
        var files = new List<SeedFile>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }
            using var stream =
                assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The embedded resource '{name}' cannot be opened.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            files.Add(new SeedFile(name[ResourcePrefix.Length..].Replace('\\', '/'), reader.ReadToEnd()));
        }
        if (files.Count == 0)
        {
            throw new InvalidOperationException(
                $"{assembly.GetName().Name} was built without the graph-seed files; build it from the repository."
            );
        }
        return new SeedSource("embedded", files);
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal);

    /// <summary>Finds the repository's graph-seed folder by walking up from <paramref name="start"/>.</summary>
    public static string? LocateDirectory(string start)
    {
        ArgumentNullException.ThrowIfNull(start);
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "graph-seed");
            if (File.Exists(Path.Combine(candidate, SchemaPath)))
            {
                return candidate;
            }
        }
        return null;
    }
}
