namespace MineralsMatch.Matching;

/// <summary>What the allocation maximises.</summary>
public enum MatchObjective
{
    /// <summary>The total value per year (margins less logistics and risk, plus strategic priority), the default.</summary>
    TotalValue,

    /// <summary>First the priority-weighted share of demand covered, then total value among the allocations that cover most.</summary>
    CoverageFirst,
}
