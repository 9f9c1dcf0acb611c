namespace MineralsMatch.Matching.Planning;

/// <summary>Limits for a planner run.</summary>
public sealed record PlanningSettings
{
    /// <summary>The default settings: a 10-second time limit and a relative gap of 1e-6.</summary>
    public static PlanningSettings Default { get; } = new();

    /// <summary>The longest an exact planner may search before it returns its best plan and gap.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The relative gap at which a plan counts as optimal.</summary>
    public double RelativeGap { get; init; } = 1e-6;
}
