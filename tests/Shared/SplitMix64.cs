namespace MineralsMatch.Testing;

/// <summary>
/// A small seeded generator whose sequence does not depend on the .NET version, shared by the test projects (linked into each
/// one that generates seeded instances, so one fix reaches all of them).
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [min, max], both inclusive.</summary>
    public long Between(long min, long max) => min + (long)(Next() % (ulong)(max - min + 1));

    /// <summary>A uniform integer in [min, max], both inclusive.</summary>
    public int Between(int min, int max) => (int)Between((long)min, max);

    /// <summary>True with the given probability in percent.</summary>
    public bool Percent(int percent) => (int)(Next() % 100) < percent;

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => (Next() >> 11) * (1.0 / (1UL << 53)) < p;

    /// <summary>One of <paramref name="items"/>, uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];
}
