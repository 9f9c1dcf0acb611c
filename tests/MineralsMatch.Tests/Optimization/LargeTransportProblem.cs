using MineralsMatch.Optimization;

namespace MineralsMatch.Tests.Optimization;

/// <summary>A 120 × 120 transport problem with random costs and capacities: long enough (a few thousand pivots) for what the simplex does every 1 024 pivots.</summary>
internal static class LargeTransportProblem
{
    /// <summary>Adds the problem's arcs and supplies to <paramref name="flow"/> and returns it.</summary>
    public static NetworkSimplex LoadInto(NetworkSimplex flow)
    {
        var random = new MineralsMatch.Testing.SplitMix64(7);
        const int Side = 120;
        for (int o = 0; o < Side; o++)
        {
            for (int r = 0; r < Side; r++)
            {
                flow.AddArc(o, Side + r, random.Between(1, 40), random.Between(0, 10_000));
            }

            flow.SetSupply(o, 100);
            flow.SetSupply(Side + o, -100);
        }

        return flow;
    }
}
