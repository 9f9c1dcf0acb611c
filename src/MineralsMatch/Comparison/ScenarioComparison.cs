using MineralsMatch.Collections;

namespace MineralsMatch.Comparison;

/// <summary>What changes from a baseline result to a variant: proposals, requirements, minerals, money and value.</summary>
public sealed record ScenarioComparison
{
    /// <summary>The baseline's market name.</summary>
    public required string Baseline { get; init; }

    /// <summary>The variant's market name.</summary>
    public required string Variant { get; init; }

    /// <summary>Proposals only in the variant, ordered by id.</summary>
    public IReadOnlyList<ProposalSnapshot> ProposalsAdded { get; init => field = ValueList<ProposalSnapshot>.From(value); } = ValueList<ProposalSnapshot>.Empty;

    /// <summary>Proposals only in the baseline, ordered by id.</summary>
    public IReadOnlyList<ProposalSnapshot> ProposalsRemoved { get; init => field = ValueList<ProposalSnapshot>.From(value); } = ValueList<ProposalSnapshot>.Empty;

    /// <summary>Proposals in both whose volume, price, route, start or tenor differ, ordered by the baseline's id.</summary>
    public IReadOnlyList<ProposalChange> ProposalsChanged { get; init => field = ValueList<ProposalChange>.From(value); } = ValueList<ProposalChange>.Empty;

    /// <summary>Requirements whose met volume changed, ordered by id.</summary>
    public IReadOnlyList<RequirementChange> Requirements { get; init => field = ValueList<RequirementChange>.From(value); } = ValueList<RequirementChange>.Empty;

    /// <summary>Every mineral demanded in either result, ordered by id.</summary>
    public IReadOnlyList<MineralChange> Minerals { get; init => field = ValueList<MineralChange>.From(value); } = ValueList<MineralChange>.Empty;

    /// <summary>Total annual value (the value score) in the baseline, USD.</summary>
    public required decimal ValueBefore { get; init; }

    /// <summary>Total annual value in the variant, USD.</summary>
    public required decimal ValueAfter { get; init; }

    /// <summary>Total annual turnover at base prices in the baseline, USD.</summary>
    public required decimal MoneyBefore { get; init; }

    /// <summary>Total annual turnover in the variant, USD.</summary>
    public required decimal MoneyAfter { get; init; }

    /// <summary>Value after less before, USD per year.</summary>
    public decimal ValueChange => ValueAfter - ValueBefore;

    /// <summary>Turnover after less before, USD per year.</summary>
    public decimal MoneyChange => MoneyAfter - MoneyBefore;

    /// <summary>Whether anything differs: proposals, met volumes, value or turnover.</summary>
    public bool ChangesPlan => ProposalsAdded.Count + ProposalsRemoved.Count + ProposalsChanged.Count + Requirements.Count > 0 || ValueChange != 0m || MoneyChange != 0m;
}
