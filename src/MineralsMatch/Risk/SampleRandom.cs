namespace MineralsMatch.Risk;

/// <summary>
/// A SplitMix64 stream seeded from (seed, sample index), so every sample draws the same numbers whichever thread runs
/// it and in whatever order; written out here so the numbers never depend on the runtime's <see cref="Random"/>.
/// </summary>
internal struct SampleRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    public SampleRandom(long seed, int sample)
    {
        _state = Mix(unchecked((ulong)seed) ^ Mix(unchecked((ulong)sample + Golden)));
    }

    /// <summary>A number in [0, 1) with 53 random bits.</summary>
    public double NextUnit() => (Next() >> 11) * (1.0 / (1UL << 53));

    private ulong Next()
    {
        _state = unchecked(_state + Golden);
        return Mix(_state);
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
