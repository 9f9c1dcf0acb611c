using MineralsMatch.Collections;

namespace MineralsMatch.Matching;

/// <summary>How much a route carries in each planning year, against its shared capacity.</summary>
public sealed record RouteOutcome
{
    /// <summary>The route id.</summary>
    public required string Route { get; init; }

    /// <summary>Whether the route has a yearly capacity shared by every contract on it.</summary>
    public required bool Shared { get; init; }

    /// <summary>Per planning year, in year order.</summary>
    public IReadOnlyList<RouteYear> Years { get; init => field = ValueList<RouteYear>.From(value); } = ValueList<RouteYear>.Empty;
}
