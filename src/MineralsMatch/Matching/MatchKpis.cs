using MineralsMatch.Collections;

namespace MineralsMatch.Matching;

/// <summary>Headline numbers of a matching run.</summary>
public sealed record MatchKpis
{
    /// <summary>The number of proposals.</summary>
    public required int Proposals { get; init; }

    /// <summary>The total value per year in USD that the allocation creates (the objective in money).</summary>
    public required decimal TotalAnnualValue { get; init; }

    /// <summary>The total traded value per year in USD at base prices.</summary>
    public required decimal TotalAnnualTurnover { get; init; }

    /// <summary>The share of all demand (kg) that is met, 0 to 1.</summary>
    public required decimal OverallCoverage { get; init; }

    /// <summary>Of the <c>japan-32</c> minerals that have demand in the market, the share (0 to 1) of their demand met.</summary>
    public required decimal Japan32Coverage { get; init; }

    /// <summary>How many <c>japan-32</c> minerals have demand, and how many of those get any supply.</summary>
    public required int Japan32MineralsDemanded { get; init; }

    /// <summary>How many <c>japan-32</c> minerals with demand get some supply.</summary>
    public required int Japan32MineralsSupplied { get; init; }

    /// <summary>Coverage per mineral with demand, ordered by mineral id.</summary>
    public IReadOnlyList<MineralCoverage> CoverageByMineral { get; init => field = ValueList<MineralCoverage>.From(value); } = ValueList<MineralCoverage>.Empty;

    /// <summary>Supplier concentration per buyer with proposals, ordered by buyer id.</summary>
    public IReadOnlyList<BuyerConcentration> SupplierConcentration { get; init => field = ValueList<BuyerConcentration>.From(value); } = ValueList<BuyerConcentration>.Empty;
}
