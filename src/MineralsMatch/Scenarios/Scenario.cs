using MineralsMatch.Markets;
using MineralsMatch.Matching;

namespace MineralsMatch.Scenarios;

/// <summary>What a scenario file holds: a market and, optionally, the options to match it with.</summary>
public sealed record Scenario
{
    /// <summary>The market.</summary>
    public required Market Market { get; init; }

    /// <summary>The matching options the file sets, or <see langword="null"/> when it sets none.</summary>
    public MatchingOptions? Options { get; init; }

    /// <summary>The named stress tests (shock sets) of the file's <c>stress</c> section, in file order.</summary>
    public IReadOnlyList<Stress.ShockSet> Stress { get; init => field = Collections.ValueList<Stress.ShockSet>.From(value); } = Collections.ValueList<Stress.ShockSet>.Empty;
}
