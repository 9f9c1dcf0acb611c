namespace MineralsMatch.Matching.Planning;

/// <summary>
/// The objective weight of one delivered step of each contract: its value, or for <see cref="MatchObjective.CoverageFirst"/>
/// <c>priority × M + value</c> with <c>M = 2·(2 + supplies + demands + 2·contracts)·max|value| + 1</c>, large enough that
/// no value can buy back a step of priority-weighted coverage.
/// </summary>
internal sealed class PlanWeights
{
    private readonly PlanningProblem _problem;

    public PlanWeights(PlanningProblem problem)
    {
        _problem = problem;
        if (problem.Objective == MatchObjective.CoverageFirst)
        {
            var most = problem.Contracts.Count == 0 ? 0L : problem.Contracts.Max(c => Math.Abs(c.Value));
            Multiplier = (2L * (2L + problem.Supplies.Count + problem.Demands.Count + (2L * problem.Contracts.Count)) * most) + 1L;
        }
    }

    /// <summary>The coverage multiplier M (0 for total value).</summary>
    public long Multiplier { get; }

    /// <summary>The weight of one step of <paramref name="contract"/>.</summary>
    public long Of(PlanningContract contract) =>
        checked((_problem.Demands[contract.Demand].Priority * Multiplier) + contract.Value);

    /// <summary>The discounted objective of a plan: Σ over contracts and delivery years of weight × delivery × discount.</summary>
    public double Objective(IReadOnlyList<long[]?> deliveries)
    {
        var total = 0.0;
        for (var c = 0; c < _problem.Contracts.Count; c++)
        {
            if (deliveries[c] is not { } years)
            {
                continue;
            }

            var contract = _problem.Contracts[c];
            var weight = (double)Of(contract);
            for (var i = 0; i < years.Length; i++)
            {
                var year = contract.StartYear + i;
                if (year >= _problem.FirstYear && year <= _problem.LastYear)
                {
                    total += weight * years[i] * _problem.DiscountFactor(year);
                }
            }
        }

        return total;
    }
}
