using MineralsMatch.Optimization;

namespace MineralsMatch.Tests.Optimization;

/// <summary>Checks an optimal answer independently: bounds, conservation, cost and complementary slackness.</summary>
internal static class FlowCertificate
{
    /// <summary>Returns null when the solver's answer certifies itself, otherwise what is wrong.</summary>
    public static string? Check(NetworkSimplex flow)
    {
        int n = flow.NodeCount;
        var balance = new Int128[n];
        Int128 cost = 0;
        for (int a = 0; a < flow.ArcCount; a++)
        {
            long f = flow.Flow(a);
            long cap = flow.Capacity(a);
            int tail = flow.Tail(a);
            int head = flow.Head(a);
            if (f < 0 || f > cap)
            {
                return $"arc {a}: flow {f} outside [0, {cap}]";
            }

            balance[tail] += f;
            balance[head] -= f;
            cost += (Int128)f * flow.UnitCost(a);
            Int128 reduced = (Int128)flow.UnitCost(a) + flow.Potential(tail) - flow.Potential(head);
            if (reduced != flow.ReducedCost(a))
            {
                return $"arc {a}: ReducedCost {flow.ReducedCost(a)} differs from {reduced}";
            }

            if (f < cap && reduced < 0)
            {
                return $"arc {a}: flow {f} below capacity {cap} but reduced cost {reduced} < 0";
            }

            if (f > 0 && reduced > 0)
            {
                return $"arc {a}: flow {f} above zero but reduced cost {reduced} > 0";
            }
        }

        for (int v = 0; v < n; v++)
        {
            if (balance[v] != flow.Supply(v))
            {
                return $"node {v}: net outflow {balance[v]} differs from supply {flow.Supply(v)}";
            }
        }

        return cost == flow.OptimalCost ? null : $"recomputed cost {cost} differs from OptimalCost {flow.OptimalCost}";
    }
}
