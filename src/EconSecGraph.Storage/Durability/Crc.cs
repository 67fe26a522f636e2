using System.Buffers.Binary;
using System.Numerics;

namespace EconSecGraph.Storage.Durability;

/// <summary>CRC-32C (Castagnoli), hardware-accelerated where the CPU has it.</summary>
internal static class Crc
{
    public static uint Compute(ReadOnlySpan<byte> data, uint seed = 0)
    {
        var crc = ~seed;
        while (data.Length >= 8)
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }
        foreach (var b in data)
        {
            crc = BitOperations.Crc32C(crc, b);
        }
        return ~crc;
    }
}
