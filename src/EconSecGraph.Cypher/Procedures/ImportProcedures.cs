using System.Diagnostics;
using EconSecGraph.Cypher.Operators;
using EconSecGraph.Cypher.Store;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.Import;

namespace EconSecGraph.Cypher.Procedures;

/// <summary>
/// <c>db.import.csv</c>: the bulk CSV import (the counterpart of Kuzu's <c>COPY FROM</c> and APOC's
/// <c>apoc.import.csv</c>). Files resolve like LOAD CSV's (<c>file:///</c> URLs inside the import
/// directory); the store is built directly and checkpointed at commit. See docs/import.md.
/// </summary>
internal static class ImportProcedures
{
    private static readonly string[] s_nodeKeys =
    [
        "fileName",
        "labels",
        "label",
        "labelColumn",
        "idColumn",
        "idProperty",
        "properties",
        "delimiter",
    ];

    private static readonly string[] s_relKeys =
    [
        "fileName",
        "type",
        "typeColumn",
        "startColumn",
        "endColumn",
        "properties",
        "delimiter",
    ];

    private static readonly string[] s_configKeys = ["idType", "delimiter"];

    public static void Register(ProcedureRegistry registry)
    {
        registry.Register(
            new(
                "db.import.csv",
                [
                    new ProcedureField("nodes", "LIST<MAP>"),
                    new ProcedureField("rels", "LIST<MAP>", CypherList.Empty),
                    new ProcedureField("config", "MAP", CypherMap.Empty),
                ],
                [
                    new ProcedureField("nodes", "INTEGER"),
                    new ProcedureField("relationships", "INTEGER"),
                    new ProcedureField("properties", "INTEGER"),
                    new ProcedureField("files", "INTEGER"),
                    new ProcedureField("time", "INTEGER"),
                ],
                ProcedureMode.Write,
                "Bulk-import nodes and relationships from CSV files into an empty database (indexes and constraints are filled and checked); all or nothing, durable at commit.",
                Import
            )
        );
    }

    private static IEnumerable<CypherValue[]> Import(ProcedureCall call)
    {
        var clock = Stopwatch.StartNew();
        var context = call.Context;
        context.RequireWriter();
        if (context.Graph is not StorageWriteSession session)
        {
            throw new CypherException(
                Neo4jStatusCodes.UnsupportedOperationError,
                "db.import.csv needs the embedded store's write transaction."
            );
        }
        var config = Map(call.Arguments[2], "config", "the third argument");
        CheckKeys(config, s_configKeys, "config");
        var idType = Text(config, "idType", "config") is { } t ? ParseIdType(t) : CsvColumnType.String;
        var delimiter = Delimiter(config, "config") ?? ',';
        var nodes = new List<CsvNodeFile>();
        foreach (var item in List(call.Arguments[0], "nodes"))
        {
            nodes.Add(NodeFile(Map(item, "nodes", "each item of nodes"), delimiter, context));
        }
        var rels = new List<CsvRelationshipFile>();
        foreach (var item in List(call.Arguments[1], "rels"))
        {
            rels.Add(RelationshipFile(Map(item, "rels", "each item of rels"), delimiter, context));
        }
        var request = new CsvImportRequest
        {
            Nodes = nodes,
            Relationships = rels,
            IdType = idType,
        };
        var result = session.Transaction.ImportCsv(request, call.CancellationToken);
        context.Counters.NodesCreated += result.Nodes;
        context.Counters.RelationshipsCreated += result.Relationships;
        context.Counters.PropertiesSet += result.Properties;
        context.Counters.LabelsAdded += result.Labels;
        return
        [
            [
                CypherInteger.Of(result.Nodes),
                CypherInteger.Of(result.Relationships),
                CypherInteger.Of(result.Properties),
                CypherInteger.Of(result.Files),
                CypherInteger.Of((long)clock.Elapsed.TotalMilliseconds),
            ],
        ];
    }

    private static CsvNodeFile NodeFile(CypherMap map, char delimiter, Runtime.QueryContext context)
    {
        CheckKeys(map, s_nodeKeys, "a node file");
        var url = Required(map, "fileName", "a node file");
        var labels = new List<string>();
        if (Text(map, "label", "a node file") is { } label)
        {
            labels.Add(label);
        }
        if (map.TryGetValue("labels", out var list) && !list.IsNull)
        {
            foreach (var l in List(list, "labels"))
            {
                labels.Add(
                    l is CypherString s
                        ? s.Value
                        : throw new CypherArgumentException(
                            "The labels of " + url + " must be strings, got " + l.TypeName + "."
                        )
                );
            }
        }
        var idColumn = Required(map, "idColumn", "the node file " + url);
        // the id is stored under the column's name unless idProperty says otherwise (null: not stored)
        var idProperty = map.TryGetValue("idProperty", out var p)
            ? (p.IsNull ? null : Text(map, "idProperty", url))
            : idColumn;
        return new CsvNodeFile
        {
            Path = LoadCsvNode.ResolvePath(url, context),
            Source = url,
            Labels = labels,
            LabelColumn = Text(map, "labelColumn", url),
            IdColumn = idColumn,
            IdProperty = idProperty,
            Properties = Properties(map, url),
            Delimiter = Delimiter(map, url) ?? delimiter,
        };
    }

    private static CsvRelationshipFile RelationshipFile(CypherMap map, char delimiter, Runtime.QueryContext context)
    {
        CheckKeys(map, s_relKeys, "a relationship file");
        var url = Required(map, "fileName", "a relationship file");
        var type = Text(map, "type", url);
        var typeColumn = Text(map, "typeColumn", url);
        if (type is null && typeColumn is null)
        {
            throw new CypherArgumentException(
                "The relationship file " + url + " needs a type: give 'type' (one type for every row) or 'typeColumn'."
            );
        }
        return new CsvRelationshipFile
        {
            Path = LoadCsvNode.ResolvePath(url, context),
            Source = url,
            Type = type,
            TypeColumn = typeColumn,
            StartColumn = Required(map, "startColumn", "the relationship file " + url),
            EndColumn = Required(map, "endColumn", "the relationship file " + url),
            Properties = Properties(map, url),
            Delimiter = Delimiter(map, url) ?? delimiter,
        };
    }

    private static List<CsvPropertyColumn>? Properties(CypherMap map, string url)
    {
        if (!map.TryGetValue("properties", out var value) || value.IsNull)
        {
            return null;
        }
        var columns = Map(value, "properties", "the properties of " + url);
        var result = new List<CsvPropertyColumn>();
        foreach (var (column, type) in columns)
        {
            if (type is not CypherString s)
            {
                throw new CypherArgumentException(
                    "The type of property column '"
                        + column
                        + "' in "
                        + url
                        + " must be a string such as 'STRING', 'INTEGER', 'FLOAT' or 'BOOLEAN', got "
                        + type.TypeName
                        + "."
                );
            }
            result.Add(new CsvPropertyColumn(column, column, ParseType(s.Value, "property column '" + column + "'")));
        }
        return result;
    }

    private static CsvColumnType ParseType(string text, string what) =>
        text.ToUpperInvariant() switch
        {
            "STRING" => CsvColumnType.String,
            "INTEGER" or "INT" or "LONG" => CsvColumnType.Integer,
            "FLOAT" or "DOUBLE" => CsvColumnType.Float,
            "BOOLEAN" => CsvColumnType.Boolean,
            _ => throw new CypherArgumentException(
                "Unknown type '" + text + "' for " + what + ": use 'STRING', 'INTEGER', 'FLOAT' or 'BOOLEAN'."
            ),
        };

    private static CsvColumnType ParseIdType(string text) =>
        text.ToUpperInvariant() switch
        {
            "STRING" => CsvColumnType.String,
            "INTEGER" => CsvColumnType.Integer,
            _ => throw new CypherArgumentException(
                "Unknown idType '" + text + "': use 'STRING' (the default) or 'INTEGER'."
            ),
        };

    private static char? Delimiter(CypherMap map, string where)
    {
        var text = Text(map, "delimiter", where);
        if (text is null)
        {
            return null;
        }
        if (text.Length != 1 || text[0] is '"' or '\n' or '\r')
        {
            throw new CypherArgumentException(
                "The delimiter of "
                    + where
                    + " must be one character other than a quote or a line break, got '"
                    + text
                    + "'."
            );
        }
        return text[0];
    }

    private static void CheckKeys(CypherMap map, string[] allowed, string what)
    {
        foreach (var key in map.Keys)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                throw new CypherArgumentException(
                    "Unknown key '" + key + "' in " + what + ": the keys are " + string.Join(", ", allowed) + "."
                );
            }
        }
    }

    private static string Required(CypherMap map, string key, string what) =>
        Text(map, key, what)
        ?? throw new CypherArgumentException("Missing '" + key + "' in " + what + " of db.import.csv.");

    private static string? Text(CypherMap map, string key, string what)
    {
        if (!map.TryGetValue(key, out var value) || value.IsNull)
        {
            return null;
        }
        return value is CypherString s
            ? s.Value
            : throw new CypherArgumentException(
                "'" + key + "' in " + what + " must be a string, got " + value.TypeName + "."
            );
    }

    private static CypherMap Map(CypherValue value, string name, string what) =>
        value switch
        {
            CypherMap m => m,
            _ when value.IsNull => CypherMap.Empty,
            _ => throw new CypherArgumentException(
                what + " of db.import.csv must be a map, got " + value.TypeName + "."
            ),
        };

    private static IEnumerable<CypherValue> List(CypherValue value, string name) =>
        value switch
        {
            CypherList l => l,
            _ when value.IsNull => [],
            _ => throw new CypherArgumentException(
                "'" + name + "' of db.import.csv must be a list of maps, got " + value.TypeName + "."
            ),
        };
}
