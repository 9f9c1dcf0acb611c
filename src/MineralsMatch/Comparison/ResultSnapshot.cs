using MineralsMatch.Collections;
using MineralsMatch.Matching;

namespace MineralsMatch.Comparison;

/// <summary>
/// The parts of a match result that a comparison reads: proposals, requirement outcomes, coverage and money. Made from a
/// <see cref="MatchResult"/> (<see cref="From"/>) or read back from <c>match --format json</c> output (<see cref="ResultSnapshotJson"/>).
/// </summary>
public sealed record ResultSnapshot
{
    /// <summary>The market's name.</summary>
    public required string Market { get; init; }

    /// <summary>The proposals.</summary>
    public IReadOnlyList<ProposalSnapshot> Proposals { get; init => field = ValueList<ProposalSnapshot>.From(value); } = ValueList<ProposalSnapshot>.Empty;

    /// <summary>The requirement outcomes.</summary>
    public IReadOnlyList<RequirementSnapshot> Requirements { get; init => field = ValueList<RequirementSnapshot>.From(value); } = ValueList<RequirementSnapshot>.Empty;

    /// <summary>Coverage and supplier concentration per mineral, ordered by mineral id.</summary>
    public IReadOnlyList<MineralSnapshot> Minerals { get; init => field = ValueList<MineralSnapshot>.From(value); } = ValueList<MineralSnapshot>.Empty;

    /// <summary>The annual value score (the objective's value per year; not money).</summary>
    public required decimal TotalAnnualValue { get; init; }

    /// <summary>The annual turnover at base prices, USD (money).</summary>
    public required decimal TotalAnnualTurnover { get; init; }

    /// <summary>The mean share of demand met over the minerals demanded, 0 to 1.</summary>
    public required decimal OverallCoverage { get; init; }

    /// <summary>Reads a match result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The snapshot.</returns>
    public static ResultSnapshot From(MatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var requirements = result.Requirements.Select(r => new RequirementSnapshot
        {
            Requirement = r.Requirement,
            Buyer = r.Buyer,
            Product = r.Product,
            Mineral = r.Mineral,
            Target = r.Target,
            Met = r.Met,
            Unmet = r.Unmet,
            Reasons = [.. r.Reasons.Select(reason => ReasonKinds.Name(reason.Kind) + ": " + reason.Message)],
        }).ToList();
        var proposals = result.Proposals.Select(p => new ProposalSnapshot
        {
            Id = p.Id,
            Offer = p.Offer,
            Requirement = p.Requirement,
            Supplier = p.Supplier,
            Buyer = p.Buyer,
            Product = p.Product,
            Route = p.Route,
            AnnualVolume = p.AnnualVolume,
            StartYear = p.StartYear,
            TenorYears = p.TenorYears,
            BasePrice = p.Terms.Base.Usd,
            ValuePerUnit = p.ValuePerUnit,
        }).ToList();
        return Create(result.Market, proposals, requirements, [.. result.Kpis.Minerals.Select(m => (m.Mineral, m.DemandContainedKg, m.MetContainedKg, m.DemandMetShare))], result.Kpis.AnnualValueScore, result.Kpis.AnnualTurnoverUsd, result.Kpis.MeanDemandMetShare);
    }

    internal static ResultSnapshot Create(
        string market,
        IReadOnlyList<ProposalSnapshot> proposals,
        IReadOnlyList<RequirementSnapshot> requirements,
        IReadOnlyList<(string Mineral, decimal RequiredKg, decimal MetKg, decimal Coverage)> coverage,
        decimal value,
        decimal turnover,
        decimal overallCoverage)
    {
        var mineralOf = requirements.GroupBy(r => r.Requirement, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Mineral, StringComparer.Ordinal);
        var minerals = coverage
            .OrderBy(c => c.Mineral, StringComparer.Ordinal)
            .Select(c => new MineralSnapshot(c.Mineral, c.RequiredKg, c.MetKg, c.Coverage, Concentration(proposals.Where(p => mineralOf.GetValueOrDefault(p.Requirement) == c.Mineral))))
            .ToList();
        return new ResultSnapshot
        {
            Market = market,
            Proposals = [.. proposals.OrderBy(p => p.Id, StringComparer.Ordinal)],
            Requirements = [.. requirements.OrderBy(r => r.Requirement, StringComparer.Ordinal)],
            Minerals = minerals,
            TotalAnnualValue = value,
            TotalAnnualTurnover = turnover,
            OverallCoverage = overallCoverage,
        };
    }

    private static decimal Concentration(IEnumerable<ProposalSnapshot> proposals)
    {
        var bySupplier = proposals.GroupBy(p => p.Supplier, StringComparer.Ordinal).Select(g => g.Sum(p => p.AnnualVolume.InKilograms)).ToList();
        var total = bySupplier.Sum();
        return total <= 0m ? 0m : Math.Round(bySupplier.Sum(v => (v / total) * (v / total)), 4, MidpointRounding.ToEven);
    }
}
