namespace MineralsMatch.Benchmarks;

/// <summary>Equality of 64-bit keys with a hash that mixes all bits (a multiply-xorshift finaliser), for keys packed from two ints.</summary>
internal sealed class MixedKey : IEqualityComparer<long>
{
    public static MixedKey Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long key)
    {
        var z = unchecked((ulong)key * 0x9E3779B97F4A7C15UL);
        z ^= z >> 29;
        z = unchecked(z * 0xBF58476D1CE4E5B9UL);
        return (int)(z ^ (z >> 32));
    }
}
