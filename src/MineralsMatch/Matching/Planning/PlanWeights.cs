namespace MineralsMatch.Matching.Planning;

/// <summary>
/// The objective weight of one delivered step of each contract: its value, or for <see cref="MatchObjective.CoverageFirst"/>
/// <c>priority × M + value</c> with <c>M = 2·(2 + supplies + demands + 2·contracts)·max|value| + 1</c>, large enough that
/// no value can buy back a step of priority-weighted coverage.
/// </summary>
internal sealed class PlanWeights
{
    private readonly PlanningProblem _problem;
    private readonly ContractTable _contracts;

    public PlanWeights(PlanningProblem problem)
    {
        _problem = problem;
        _contracts = problem.Table;
        if (problem.Objective == MatchObjective.CoverageFirst)
        {
            var most = 0L;
            for (var c = 0; c < _contracts.Count; c++)
            {
                most = Math.Max(most, Math.Abs(_contracts.Value(c)));
            }

            Multiplier = (2L * (2L + problem.Supplies.Count + problem.Demands.Count + (2L * _contracts.Count)) * most) + 1L;
        }
    }

    /// <summary>The coverage multiplier M (0 for total value).</summary>
    public long Multiplier { get; }

    /// <summary>The weight of one step of contract <paramref name="c"/>.</summary>
    public long Of(int c) =>
        checked((_problem.Demands[_contracts.Demand(c)].Priority * Multiplier) + _contracts.Value(c));

    /// <summary>
    /// <paramref name="total"/> plus contract <paramref name="c"/>'s terms of the discounted objective, weight × delivery × discount
    /// for each of its delivery years, added one by one. A plan's objective adds its signed contracts in contract order from 0.
    /// </summary>
    public double Add(double total, int c, IReadOnlyList<long> deliveries)
    {
        var weight = (double)Of(c);
        for (var i = 0; i < deliveries.Count; i++)
        {
            var year = _contracts.StartYear(c) + i;
            if (year >= _problem.FirstYear && year <= _problem.LastYear)
            {
                total += weight * deliveries[i] * _problem.DiscountFactor(year);
            }
        }

        return total;
    }
}
