using MineralsMatch.Collections;
using MineralsMatch.Markets;

namespace MineralsMatch.Stress;

/// <summary>A named set of shocks that strike together — one stress test — with where the scenario comes from.</summary>
/// <example>
/// <code>
/// var caspian = new ShockSet { Name = "caspian-closed", Shocks = [new RouteClosure { Tags = ["caspian-crossing"] }] };
/// Market shocked = caspian.Apply(market, MineralCatalog.Default);
/// </code>
/// </example>
public sealed record ShockSet
{
    /// <summary>The name, a slug unique in its stress section (<c>caspian-closed</c>).</summary>
    public required string Name { get; init; }

    /// <summary>What the stress test stands for.</summary>
    public string? Description { get; init; }

    /// <summary>The chance, from 0 to 1, that the shocks strike in a given year: the weight of this set in a supply-risk run; <see langword="null"/> leaves it out of such runs.</summary>
    public decimal? Probability { get; init; }

    /// <summary>The shocks, applied in this order.</summary>
    public IReadOnlyList<Shock> Shocks { get; init => field = ValueList<Shock>.From(value); } = ValueList<Shock>.Empty;

    /// <summary>The key of the source the scenario follows (a catalog source), if any.</summary>
    public string? Source { get; init; }

    /// <summary><see langword="true"/> when a figure (size, date, probability) is an estimate, not read from the source.</summary>
    public bool Estimate { get; init; }

    /// <summary>What the source says and which figures are estimates.</summary>
    public string? Note { get; init; }

    /// <summary>Applies every shock in order.</summary>
    /// <param name="market">The market before; not changed.</param>
    /// <param name="catalog">The catalog products are resolved against.</param>
    /// <returns>The market after all shocks.</returns>
    public Market Apply(Market market, IMineralCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(catalog);
        return Shocks.Aggregate(market, (m, shock) => shock.Apply(m, catalog));
    }
}
