using MineralsMatch.Matching;
using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools.Modelling;

/// <summary>
/// Decides before modelling which contracts can be signed at all, the largest annual volume each can reach,
/// and which need an on/off decision (a binding minimum, or an alternative on the same link).
/// </summary>
internal sealed class ContractScreen
{
    private ContractScreen(bool[] open, double[] maxAnnual, bool[] binary)
    {
        Open = open;
        MaxAnnual = maxAnnual;
        Binary = binary;
    }

    /// <summary>Per contract, whether it may be signed.</summary>
    public IReadOnlyList<bool> Open { get; }

    /// <summary>Per contract, the largest annual volume the capacities allow (its own maximum or less).</summary>
    public IReadOnlyList<double> MaxAnnual { get; }

    /// <summary>Per contract, whether the model needs a 0/1 "signed" variable for it.</summary>
    public IReadOnlyList<bool> Binary { get; }

    /// <summary>Whether any contract needs a 0/1 variable, so the model is a MIP rather than an LP.</summary>
    public bool IsMip => Binary.Any(b => b);

    public static ContractScreen Build(PlanningProblem problem, CapacityRows rows)
    {
        var count = problem.Contracts.Count;
        var open = new bool[count];
        var maxAnnual = new double[count];
        for (var c = 0; c < count; c++)
        {
            var contract = problem.Contracts[c];
            var max = (decimal)contract.MaxAnnual;
            var min = Math.Max(contract.MinAnnual, 1);
            var worthless = problem.Objective == MatchObjective.TotalValue && contract.Value <= 0;
            for (var k = 0; k < contract.YearShares.Count && !worthless; k++)
            {
                var least = contract.YearShares[k] * (1 - contract.Flexibility);
                var year = contract.StartYear - problem.FirstYear + k;
                foreach (var (row, coefficient) in rows.ByContract[c])
                {
                    var use = coefficient * least;
                    if (use > 0)
                    {
                        max = Math.Min(max, rows.Rows[row].Limits[year] / use);
                    }
                }
            }

            open[c] = !worthless && max >= min;
            maxAnnual[c] = open[c] ? (double)max : 0;
        }

        var binary = new bool[count];
        foreach (var link in Enumerable.Range(0, count).Where(c => open[c]).GroupBy(c => problem.Contracts[c].Link))
        {
            var alternatives = link.Count() > 1;
            foreach (var c in link)
            {
                binary[c] = alternatives || problem.Contracts[c].MinAnnual > 1;
            }
        }

        return new ContractScreen(open, maxAnnual, binary);
    }
}
