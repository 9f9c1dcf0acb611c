using MineralsMatch.Markets;

namespace MineralsMatch.Examples.Scenarios;

/// <summary>What-if changes to a market: a closed transit country, an export cut.</summary>
public static class MarketDisruptions
{
    /// <summary>Removes every route that transits <paramref name="country"/>.</summary>
    /// <param name="market">The market.</param>
    /// <param name="country">The ISO alpha-2 country, e.g. <c>RU</c>.</param>
    /// <returns>The market without those routes.</returns>
    public static Market CloseTransit(Market market, string country)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market with { Routes = [.. market.Routes.Where(r => !r.TransitCountries.Contains(country, StringComparer.Ordinal))] };
    }

    /// <summary>Removes the offers of <paramref name="product"/> by producers based in <paramref name="country"/>.</summary>
    /// <param name="market">The market.</param>
    /// <param name="country">The producers' ISO alpha-2 country, e.g. <c>CN</c>.</param>
    /// <param name="product">The product, e.g. <c>gallium-4n</c>.</param>
    /// <returns>The market without those offers.</returns>
    public static Market CutExports(Market market, string country, string product)
    {
        ArgumentNullException.ThrowIfNull(market);
        var producers = market.Parties.Where(p => p.Country == country).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return market with { Offers = [.. market.Offers.Where(o => !(o.Product == product && producers.Contains(o.Producer)))] };
    }
}
