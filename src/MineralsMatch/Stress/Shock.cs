using MineralsMatch.Markets;

namespace MineralsMatch.Stress;

/// <summary>
/// One change to a market for a what-if run: a closed route, a new trade measure, a production, demand, price or freight
/// shock. A shock is a pure transformation: <see cref="Apply"/> returns a new market and leaves its input untouched.
/// </summary>
/// <remarks>Shocks are data: every built-in kind can be written in a scenario file's <c>stress</c> section.</remarks>
public abstract record Shock
{
    /// <summary>The kind as written in a scenario file (<c>closure</c>, <c>trade-measure</c>, <c>production</c>, <c>demand</c>, <c>price</c>, <c>freight</c>).</summary>
    public abstract string Kind { get; }

    /// <summary>Applies the shock.</summary>
    /// <param name="market">The market before the shock; not changed.</param>
    /// <param name="catalog">The catalog products are resolved against (the market's own additions are added to it).</param>
    /// <returns>The market after the shock.</returns>
    public abstract Market Apply(Market market, IMineralCatalog catalog);

    /// <summary>One line saying what the shock does, for reports.</summary>
    /// <returns>The description.</returns>
    public abstract string Describe();
}
