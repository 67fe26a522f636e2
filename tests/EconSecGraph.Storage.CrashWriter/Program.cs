using System.Globalization;
using EconSecGraph.Storage;

// Usage:
//   write <dir> <start>   commit transactions forever; print "COMMIT <n>" after each Commit() returns
//   hold <dir>            open the store, print "READY", wait for stdin to close
//   import <dir> <csvdir> bulk-import csvdir/nodes.csv (id,name) and edges.csv (src,dst); print "IMPORTED" after
//                         Commit() returns, then wait for stdin to close
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: write <dir> <start> | hold <dir>");
    return 2;
}
using var store = GraphStore.Open(args[1]);
if (args[0] == "import")
{
    using (var tx = store.BeginWrite())
    {
        tx.ImportCsv(
            new EconSecGraph.Storage.Import.CsvImportRequest
            {
                IdType = EconSecGraph.Storage.Import.CsvColumnType.Integer,
                Nodes =
                [
                    new()
                    {
                        Path = Path.Combine(args[2], "nodes.csv"),
                        Source = "nodes.csv",
                        Labels = ["Org"],
                        IdColumn = "id",
                        IdProperty = "id",
                    },
                ],
                Relationships =
                [
                    new()
                    {
                        Path = Path.Combine(args[2], "edges.csv"),
                        Source = "edges.csv",
                        Type = "LINKS",
                        StartColumn = "src",
                        EndColumn = "dst",
                    },
                ],
            }
        );
        tx.Commit();
    }
    Console.WriteLine("IMPORTED");
    Console.Out.Flush();
    Console.In.ReadToEnd();
    return 0;
}
if (args[0] == "hold")
{
    Console.WriteLine("READY");
    Console.Out.Flush();
    Console.In.ReadToEnd();
    return 0;
}
var n = long.Parse(args[2], CultureInfo.InvariantCulture);
while (true)
{
    using (var tx = store.BeginWrite())
    {
        var label = tx.GetOrCreateLabelId("Commit");
        var seq = tx.GetOrCreatePropertyKeyId("seq");
        var payload = tx.GetOrCreatePropertyKeyId("payload");
        var type = tx.GetOrCreateRelationshipTypeId("PART_OF");
        var batch = tx.CreateNode([label], [new(seq, n)]);
        // several operations per transaction so a kill can land in the middle of one
        for (var i = 0; i < 5; i++)
        {
            var part = tx.CreateNode([], [new(seq, n), new(payload, new string('x', 200 + (i * 100)))]);
            tx.CreateRelationship(part, type, batch);
        }
        tx.Commit();
    }
    Console.WriteLine("COMMIT " + n.ToString(CultureInfo.InvariantCulture));
    Console.Out.Flush();
    n++;
}
