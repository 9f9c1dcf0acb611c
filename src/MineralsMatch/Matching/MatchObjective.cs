namespace MineralsMatch.Matching;

/// <summary>What the allocation maximises.</summary>
public enum MatchObjective
{
    /// <summary>The total value per year (margins less logistics and risk, plus strategic priority), the default.</summary>
    TotalValue,

    /// <summary>First the priority-weighted share of demand covered, then total value among the allocations that cover most.</summary>
    CoverageFirst,

    /// <summary>
    /// A stable allocation of one representative year (a planning horizon does not apply): with each pair's price set by the pair
    /// split, no offer and requirement would both rather trade more with each other (see <see cref="StabilityCertificate"/>).
    /// </summary>
    Stable,
}
