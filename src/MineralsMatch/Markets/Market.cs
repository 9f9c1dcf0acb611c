using MineralsMatch.Collections;
using MineralsMatch.Logistics;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;

namespace MineralsMatch.Markets;

/// <summary>A whole market: parties, hubs, routes, offers and requirements, plus catalog additions it relies on.</summary>
/// <remarks>Markets are immutable values: two markets built from the same data are equal.</remarks>
public sealed record Market
{
    /// <summary>A short name.</summary>
    public required string Name { get; init; }

    /// <summary>What the market describes and where its figures come from.</summary>
    public string? Description { get; init; }

    /// <summary>Minerals, products, lists and sources this market adds to the catalog.</summary>
    public CatalogContent Catalog { get; init; } = CatalogContent.Empty;

    /// <summary>The parties that offer or require.</summary>
    public IReadOnlyList<Party> Parties { get; init => field = ValueList<Party>.From(value); } = ValueList<Party>.Empty;

    /// <summary>The hubs (mines, plants, ports, airports).</summary>
    public IReadOnlyList<Hub> Hubs { get; init => field = ValueList<Hub>.From(value); } = ValueList<Hub>.Empty;

    /// <summary>The routes between hubs.</summary>
    public IReadOnlyList<Route> Routes { get; init => field = ValueList<Route>.From(value); } = ValueList<Route>.Empty;

    /// <summary>The supply offers.</summary>
    public IReadOnlyList<SupplyOffer> Offers { get; init => field = ValueList<SupplyOffer>.From(value); } = ValueList<SupplyOffer>.Empty;

    /// <summary>The requirements.</summary>
    public IReadOnlyList<Requirement> Requirements { get; init => field = ValueList<Requirement>.From(value); } = ValueList<Requirement>.Empty;

    /// <summary>Contracts known to have been signed, for a backtest to check the engine against; the engine does not read them.</summary>
    public IReadOnlyList<ReferenceDeal> ReferenceDeals { get; init => field = ValueList<ReferenceDeal>.From(value); } = ValueList<ReferenceDeal>.Empty;

    /// <summary>Per mineral, what an importing country bought and from where in a base year: the mix the concentration KPIs start from.</summary>
    public IReadOnlyList<BaselineImports> BaselineImports { get; init => field = ValueList<BaselineImports>.From(value); } = ValueList<BaselineImports>.Empty;

    /// <summary>The trade measures (export bans, licences and duties, transit risks, marketing rights) that apply to pairs.</summary>
    public IReadOnlyList<Policies.TradeMeasure> Policies { get; init => field = ValueList<Policies.TradeMeasure>.From(value); } = ValueList<Policies.TradeMeasure>.Empty;
}
