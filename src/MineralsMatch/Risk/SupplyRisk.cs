using MineralsMatch.Collections;

namespace MineralsMatch.Risk;

/// <summary>The result of a Monte Carlo supply-risk run.</summary>
public sealed record SupplyRisk
{
    /// <summary>The seed.</summary>
    public required long Seed { get; init; }

    /// <summary>The number of samples.</summary>
    public required int Samples { get; init; }

    /// <summary>The shock sets sampled (those with a probability), by name, with their yearly probability.</summary>
    public IReadOnlyList<ShockWeight> Shocks { get; init => field = ValueList<ShockWeight>.From(value); } = ValueList<ShockWeight>.Empty;

    /// <summary>How many distinct combinations of shocks the samples drew: each was planned once.</summary>
    public required int DistinctPlans { get; init; }

    /// <summary>Per requirement, ordered by id.</summary>
    public IReadOnlyList<RequirementRisk> Requirements { get; init => field = ValueList<RequirementRisk>.From(value); } = ValueList<RequirementRisk>.Empty;

    /// <summary>Per mineral demanded, ordered by id.</summary>
    public IReadOnlyList<MineralRisk> Minerals { get; init => field = ValueList<MineralRisk>.From(value); } = ValueList<MineralRisk>.Empty;
}
