using MineralsMatch.Collections;
using MineralsMatch.Logistics;
using MineralsMatch.Markets;

namespace MineralsMatch.Stress;

/// <summary>Closes routes: by id, by a leg they use, by a hub they pass through, or by a corridor tag.</summary>
/// <remarks>A closed route is removed from the market, and from the requirements' excluded routes that named it.</remarks>
public sealed record RouteClosure : Shock
{
    /// <summary>Route ids to close.</summary>
    public IReadOnlyList<string> Routes { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Legs to close: every route that uses one is closed.</summary>
    public IReadOnlyList<LegReference> Legs { get; init => field = ValueList<LegReference>.From(value); } = ValueList<LegReference>.Empty;

    /// <summary>Hubs to close: every route that starts, ends or passes through one is closed.</summary>
    public IReadOnlyList<string> Hubs { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Corridor tags (<see cref="Route.Tags"/>): every route with one is closed.</summary>
    public IReadOnlyList<string> Tags { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <inheritdoc />
    public override string Kind => "closure";

    /// <summary>Whether this closure closes a route.</summary>
    /// <param name="route">The route.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Closes(Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return Routes.Contains(route.Id, StringComparer.Ordinal)
            || route.Tags.Any(t => Tags.Contains(t, StringComparer.Ordinal))
            || route.Legs.Any(l => Legs.Any(r => r.Matches(l)) || Hubs.Contains(l.From, StringComparer.Ordinal) || Hubs.Contains(l.To, StringComparer.Ordinal));
    }

    /// <inheritdoc />
    public override Market Apply(Market market, IMineralCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(market);
        var closed = market.Routes.Where(Closes).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        if (closed.Count == 0)
        {
            return market;
        }

        return market with
        {
            Routes = [.. market.Routes.Where(r => !closed.Contains(r.Id))],
            Requirements = [.. market.Requirements.Select(r => r.ExcludedRoutes.Any(closed.Contains)
                ? r with { ExcludedRoutes = [.. r.ExcludedRoutes.Where(id => !closed.Contains(id))] }
                : r)],
        };
    }

    /// <inheritdoc />
    public override string Describe()
    {
        var parts = new List<string>();
        Add(parts, "routes", Routes);
        Add(parts, "legs", Legs.Select(l => l.ToString()));
        Add(parts, "hubs", Hubs);
        Add(parts, "routes tagged", Tags);
        return "close " + string.Join("; ", parts);
    }

    private static void Add(List<string> parts, string label, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            parts.Add(label + " " + string.Join(", ", list));
        }
    }
}
