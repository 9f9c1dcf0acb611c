using MineralsMatch.Collections;

namespace MineralsMatch.Matching;

/// <summary>Headline numbers of a matching run: money and the value score apart, coverage per mineral and per list, concentration.</summary>
/// <remarks>
/// Money is in USD: <see cref="AnnualTurnoverUsd"/> (what the buyers pay at base prices) and <see cref="AnnualLandedCostUsd"/>
/// (what the goods cost delivered). <see cref="AnnualValueScore"/> is the objective: a score in USD units that adds strategic
/// bonuses and subtracts risk penalties, so it is not money. Coverage is never summed in kilograms across minerals: it is per
/// mineral, and across minerals the mean of the per-mineral shares (docs/reporting.md, "KPIs").
/// </remarks>
public sealed record MatchKpis
{
    /// <summary>The number of proposals.</summary>
    public required int Proposals { get; init; }

    /// <summary>The value score per year: Σ value per unit × annual volume, with strategic bonuses and risk penalties; not money.</summary>
    public required decimal AnnualValueScore { get; init; }

    /// <summary>Money: the traded value per year in USD at base prices (Σ base price × annual volume).</summary>
    public required decimal AnnualTurnoverUsd { get; init; }

    /// <summary>Money: the landed cost per year in USD (Σ landed cost per unit × annual volume: ask, duties and logistics).</summary>
    public required decimal AnnualLandedCostUsd { get; init; }

    /// <summary>The mean over demanded minerals of <see cref="MineralKpis.DemandMetShare"/>, 0 to 1 (each mineral counts once).</summary>
    public required decimal MeanDemandMetShare { get; init; }

    /// <summary>How many minerals have demand.</summary>
    public required int MineralsDemanded { get; init; }

    /// <summary>How many demanded minerals have all their demand met (by contained quantity).</summary>
    public required int MineralsFullyCovered { get; init; }

    /// <summary>How many demanded minerals have some but not all of their demand met.</summary>
    public required int MineralsPartlyCovered { get; init; }

    /// <summary>How many demanded minerals get nothing.</summary>
    public required int MineralsNotCovered { get; init; }

    /// <summary>Per mineral with demand, ordered by mineral id.</summary>
    public IReadOnlyList<MineralKpis> Minerals { get; init => field = ValueList<MineralKpis>.From(value); } = ValueList<MineralKpis>.Empty;

    /// <summary>Per criticality list of the catalog (and the market's additions) with a demanded mineral, ordered by list id.</summary>
    public IReadOnlyList<ListKpis> Lists { get; init => field = ValueList<ListKpis>.From(value); } = ValueList<ListKpis>.Empty;

    /// <summary>Supplier concentration per buyer with proposals, ordered by buyer id.</summary>
    public IReadOnlyList<BuyerConcentration> SupplierConcentration { get; init => field = ValueList<BuyerConcentration>.From(value); } = ValueList<BuyerConcentration>.Empty;
}
