using MineralsMatch.Optimization;

namespace MineralsMatch.Tests.Optimization;

/// <summary>Transport problems with random costs and capacities, long enough (a few thousand pivots) for what the simplex does every 1 024 pivots.</summary>
internal static class LargeTransportProblem
{
    /// <summary>Adds a dense 120 × 120 problem's arcs and supplies to <paramref name="flow"/> and returns it.</summary>
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

    /// <summary>
    /// Adds a sparse 1 000 × 1 000 transport problem (each source ships to its own sink at a high cost and to ten random sinks;
    /// 11 000 arcs, 2 000 nodes) to <paramref name="flow"/> and returns it: sparse enough (m / n = 5.5) for the adaptive block
    /// to range between its floor (44 arcs) and √m (104).
    /// </summary>
    public static NetworkSimplex LoadSparseInto(NetworkSimplex flow)
    {
        var random = new MineralsMatch.Testing.SplitMix64(11);
        const int Side = 1_000;
        for (int o = 0; o < Side; o++)
        {
            flow.AddArc(o, Side + o, 100, 50_000);
            for (int k = 0; k < 10; k++)
            {
                flow.AddArc(o, Side + random.Between(0, Side - 1), random.Between(1, 60), random.Between(0, 10_000));
            }

            flow.SetSupply(o, 100);
            flow.SetSupply(Side + o, -100);
        }

        return flow;
    }
}
