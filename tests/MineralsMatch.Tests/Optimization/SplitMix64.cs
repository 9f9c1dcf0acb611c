namespace MineralsMatch.Tests.Optimization;

/// <summary>A tiny seeded generator whose sequence never changes across .NET versions.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [min, max], both inclusive.</summary>
    public long Between(long min, long max) => min + (long)(Next() % (ulong)(max - min + 1));

    public int Between(int min, int max) => (int)Between((long)min, max);

    /// <summary>True with the given probability in percent.</summary>
    public bool Percent(int percent) => (int)(Next() % 100) < percent;
}
