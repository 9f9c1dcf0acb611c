using MineralsMatch.Collections;
using MineralsMatch.Contracts;
using MineralsMatch.Matching;

namespace MineralsMatch;

/// <summary>What <see cref="IMatchingEngine.Match(Markets.Market, MatchingOptions?, IProgress{MatchProgress}?, CancellationToken)"/> proposes: contracts, how each requirement and offer fares and why, KPIs and solver statistics.</summary>
/// <remarks>Every list is in a canonical order (by id), so the same market in any input order gives an equal result.</remarks>
public sealed record MatchResult
{
    /// <summary>The market's name.</summary>
    public required string Market { get; init; }

    /// <summary>The objective that was maximised.</summary>
    public required MatchObjective Objective { get; init; }

    /// <summary>The proposed contracts, ordered by id.</summary>
    public IReadOnlyList<ContractProposal> Proposals { get; init => field = ValueList<ContractProposal>.From(value); } = ValueList<ContractProposal>.Empty;

    /// <summary>One outcome per requirement, ordered by id.</summary>
    public IReadOnlyList<RequirementOutcome> Requirements { get; init => field = ValueList<RequirementOutcome>.From(value); } = ValueList<RequirementOutcome>.Empty;

    /// <summary>One outcome per offer, ordered by id.</summary>
    public IReadOnlyList<OfferOutcome> Offers { get; init => field = ValueList<OfferOutcome>.From(value); } = ValueList<OfferOutcome>.Empty;

    /// <summary>Per route some candidate uses, ordered by id: the tonnes shipped in each planning year against its shared capacity.</summary>
    public IReadOnlyList<RouteOutcome> Routes { get; init => field = ValueList<RouteOutcome>.From(value); } = ValueList<RouteOutcome>.Empty;

    /// <summary>The producers and buyers the result names, with their names and countries, ordered by id.</summary>
    public IReadOnlyList<PartySummary> Parties { get; init => field = ValueList<PartySummary>.From(value); } = ValueList<PartySummary>.Empty;

    /// <summary>The stability certificate when the objective is <see cref="MatchObjective.Stable"/>; otherwise <see langword="null"/>.</summary>
    public StabilityCertificate? Stability { get; init; }

    /// <summary>Headline numbers.</summary>
    public required MatchKpis Kpis { get; init; }

    /// <summary>What the solver did.</summary>
    public required SolverStatistics Solver { get; init; }
}
