namespace EconSecGraph.Seed.Validation;

/// <summary>The kinds of problem the validator reports (README.md lists them with examples).</summary>
public static class SeedProblemCodes
{
    /// <summary>The file is not valid YAML (or has a duplicate key).</summary>
    public const string YamlSyntax = "yaml-syntax";

    /// <summary>The file or an entry does not have the expected shape (top-level keys, lists, mappings).</summary>
    public const string BadStructure = "bad-structure";

    /// <summary>schema.yaml itself is missing or malformed.</summary>
    public const string BadSchema = "bad-schema";

    public const string UnknownLabel = "unknown-label";

    public const string UnknownType = "unknown-type";

    public const string UnknownProperty = "unknown-property";

    public const string MissingProperty = "missing-property";

    /// <summary>A value has the wrong type, is empty, out of range, not in the enum, or fails its pattern.</summary>
    public const string BadValue = "bad-value";

    public const string BadId = "bad-id";

    public const string DuplicateId = "duplicate-id";

    public const string DuplicateRelationship = "duplicate-relationship";

    /// <summary>An id (from, to, sources, a ref property) names no node.</summary>
    public const string DanglingReference = "dangling-reference";

    /// <summary>The relationship type does not allow the label at this end.</summary>
    public const string BadEndpoint = "bad-endpoint";

    /// <summary>No sources, or a source that is not an article or the chronicle.</summary>
    public const string MissingSources = "missing-sources";

    public const string BadSource = "bad-source";

    public const string BadDate = "bad-date";

    public const string BadAmount = "bad-amount";

    public const string BadUrl = "bad-url";

    /// <summary>A node has too few or too many relationships of a required kind (e.g. an article without a publisher).</summary>
    public const string Cardinality = "cardinality";

    /// <summary>An evidence quote is not in the source texts, or a citation line does not hold the cited URL.</summary>
    public const string NotInSource = "not-in-source";

    /// <summary>A source file is missing or its checksum differs.</summary>
    public const string BadSourceFile = "bad-source-file";
}
