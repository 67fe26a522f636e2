using System.Globalization;
using System.Text;
using EconSecGraph.Storage.Import;

namespace EconSecGraph.Storage.Tests;

/// <summary>The import's integer reader accepts and reads exactly what <c>long.TryParse</c> (leading sign, invariant) does.</summary>
public sealed class IntegerTextTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("+12")]
    [InlineData("007")]
    [InlineData("999999999999999999")]
    [InlineData("-999999999999999999")]
    [InlineData("9223372036854775807")]
    [InlineData("-9223372036854775808")]
    [InlineData("9223372036854775808")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("+-5")]
    [InlineData(" 5")]
    [InlineData("5 ")]
    [InlineData("1e3")]
    [InlineData("１２")]
    [InlineData("٣")]
    public void AgreesWithTheFramework_OnEdgeCases(string text) => AssertAgrees(text);

    [Fact]
    public void AgreesWithTheFramework_OnRandomText()
    {
        var random = new Random(5);
        const string alphabet = "0123456789-+ .x";
        for (var n = 0; n < 20_000; n++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 22);
            for (var i = 0; i < length; i++)
            {
                // mostly digits, so that many strings are valid and long ones overflow
                sb.Append(random.Next(4) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)('0' + random.Next(10)));
            }
            AssertAgrees(sb.ToString());
        }
    }

    private static void AssertAgrees(string text)
    {
        var expected = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e);
        var actual = IntegerText.TryParse(text, out var a);
        Assert.True(expected == actual, "'" + text + "': framework " + expected + ", ours " + actual);
        if (expected)
        {
            Assert.Equal(e, a);
        }
    }
}
