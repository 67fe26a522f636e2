namespace EconSecGraph.Bolt.Tests.Support;

public static class Hex
{
    /// <summary>"C1 3F F3" → bytes; spaces are ignored.</summary>
    public static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    public static string Of(ReadOnlySpan<byte> bytes) =>
        string.Join(
            ' ',
            bytes.ToArray().Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture))
        );
}
