using System.Text;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Storage.Import;

namespace EconSecGraph.Storage.Tests;

/// <summary>
/// The bulk import's CSV reader against records written from a model: every record comes back with its
/// fields, their null-ness and the line it starts on, whether the reader cuts it from its buffer in place
/// (plain lines) or reads it character by character (quotes, a line cut by the buffer's end).
/// </summary>
public sealed class CsvFieldReaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "esg-csv-" + Guid.NewGuid().ToString("N"));

    public CsvFieldReaderTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A field as written: its text, or null for an empty unquoted field; quoted or not.</summary>
    private sealed record ModelField(string? Text, bool Quoted);

    private sealed record ModelRecord(List<ModelField> Fields, long Line);

    [Theory]
    [InlineData(1, "\n", ',')]
    [InlineData(2, "\r\n", ',')]
    [InlineData(3, "\r", ',')]
    [InlineData(4, "\n", '\t')]
    [InlineData(5, "mixed", ';')]
    public void RandomRecords_ComeBackAsWritten(int seed, string lineEnd, char delimiter)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        var records = new List<ModelRecord>();
        long line = 1;
        var previousEnd = "";
        // well past the reader's buffer, so records straddle its end at many offsets
        while (text.Length < 400_000)
        {
            var end = lineEnd == "mixed" ? new[] { "\n", "\r\n", "\r" }[random.Next(3)] : lineEnd;
            if (random.Next(20) == 0)
            {
                // "\r" then a blank "\n" line would be one "\r\n"
                end = previousEnd == "\r" && end == "\n" ? "\r\n" : end;
                previousEnd = end;
                text.Append(end); // a blank line: skipped, but counted
                line++;
                continue;
            }
            var fields = new List<ModelField>();
            var count = random.Next(1, 6);
            for (var f = 0; f < count; f++)
            {
                fields.Add(RandomField(random, delimiter, alone: count == 1));
            }
            records.Add(new ModelRecord(fields, line));
            for (var f = 0; f < fields.Count; f++)
            {
                if (f > 0)
                {
                    text.Append(delimiter);
                }
                var field = fields[f];
                if (field.Quoted)
                {
                    text.Append('"').Append(field.Text!.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                    line += field.Text.Count(c => c == '\n');
                }
                else
                {
                    text.Append(field.Text);
                }
            }
            text.Append(end);
            previousEnd = end;
            line++;
        }
        AssertReads(text.ToString(), records, delimiter);
    }

    /// <summary>A "\r\n" split by the end of the reader's buffer is one line end, and the lines after it count right.</summary>
    [Theory]
    [InlineData(-1)]
    [InlineData(-2)]
    [InlineData(0)]
    public void LineEndAtTheBuffersEnd_IsOneLineEnd(int fromEnd)
    {
        var at = CsvFieldReader.BufferSize + fromEnd;
        var first = new string('a', at - 2) + ",b";
        var text = first + "\r\nc,d\r\n\r\ne,f";
        var records = new List<ModelRecord>
        {
            new([new(new string('a', at - 2), false), new("b", false)], 1),
            new([new("c", false), new("d", false)], 2),
            new([new("e", false), new("f", false)], 4),
        };
        AssertReads(text, records, ',');
    }

    [Fact]
    public void UnclosedQuote_NamesTheLineItStartsOn()
    {
        var path = Write("a,b\nc,\"d\n\ne\n");
        using var reader = new CsvFieldReader(path, "file:///t.csv", ',');
        Assert.True(reader.Next());
        var e = Assert.Throws<CypherException>(() => reader.Next());
        Assert.Contains("at line 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("never closed", e.Message, StringComparison.Ordinal);
    }

    private static ModelField RandomField(Random random, char delimiter, bool alone)
    {
        switch (random.Next(alone ? 4 : 5))
        {
            case 0:
                return new("said \"chip\"" + delimiter + " 半導体", true);
            case 1:
                return new(random.Next(3) == 0 ? "two\nlines" : "", true);
            case 2:
                return new(
                    "経済安全保障 " + random.Next(100000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    false
                );
            case 3:
                return new(random.NextInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), false);
            default:
                return new(null, false); // empty and unquoted: null (not alone: that line would be blank)
        }
    }

    private void AssertReads(string text, List<ModelRecord> records, char delimiter)
    {
        var path = Write(text);
        using var reader = new CsvFieldReader(path, "file:///t.csv", delimiter);
        for (var r = 0; r < records.Count; r++)
        {
            Assert.True(reader.Next(), "record " + r + " missing");
            var expected = records[r];
            Assert.Equal(expected.Line, reader.Line);
            Assert.Equal(expected.Fields.Count, reader.FieldCount);
            for (var f = 0; f < expected.Fields.Count; f++)
            {
                var field = expected.Fields[f];
                Assert.Equal(field.Text is null, reader.IsNull(f));
                Assert.Equal(field.Text ?? "", reader.Field(f).ToString());
            }
        }
        Assert.False(reader.Next());
    }

    private string Write(string text)
    {
        var path = Path.Combine(_dir, "t.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
