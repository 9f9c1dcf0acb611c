using System.Globalization;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Validation;

namespace MineralsMatch.Stress;

/// <summary>
/// Checks stress tests against the market they shock: names, probabilities and percentages in range, and every route,
/// leg, hub, tag, offer, party, requirement, product and source they name known. A trade-measure shock's measure is
/// checked by the same rules as the market's own policies.
/// </summary>
/// <remarks>Errors carry JSON paths under <c>$.stress</c>, as in a scenario file.</remarks>
public static class StressValidation
{
    /// <summary>The largest change in percent a shock may ask for.</summary>
    public const decimal MaxChangePercent = 1000m;

    /// <summary>The longest delay in quarters.</summary>
    public const int MaxDelayQuarters = 200;

    /// <summary>Checks the shock sets.</summary>
    /// <param name="shockSets">The stress tests.</param>
    /// <param name="market">The market they shock.</param>
    /// <param name="catalog">The catalog products and sources are found in (with the market's additions).</param>
    /// <returns>The errors; empty when valid.</returns>
    public static IReadOnlyList<InputError> Validate(IReadOnlyList<ShockSet> shockSets, Market market, IMineralCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(shockSets);
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(catalog);
        var check = new Checker(market, Extended(catalog, market), catalog);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < shockSets.Count; i++)
        {
            var path = "$.stress[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (shockSets[i] is not { } set)
            {
                check.Fail(path, RuleCodes.Required, "must not be null", null);
                continue;
            }

            check.Set(set, path, names);
        }

        return InputErrors.Distinct(check.Errors);
    }

    /// <summary>Throws when the shock sets are not valid.</summary>
    /// <param name="shockSets">The stress tests.</param>
    /// <param name="market">The market they shock.</param>
    /// <param name="catalog">The catalog.</param>
    /// <exception cref="MineralsMatchValidationException">With every error.</exception>
    public static void ThrowIfInvalid(IReadOnlyList<ShockSet> shockSets, Market market, IMineralCatalog catalog)
    {
        var errors = Validate(shockSets, market, catalog);
        if (errors.Count > 0)
        {
            throw new MineralsMatchValidationException(errors);
        }
    }

    // Additions that clash with the catalog are reported by the market's own validation; the stress sets are then
    // checked against the catalog alone.
    private static IMineralCatalog Extended(IMineralCatalog catalog, Market market)
    {
        try
        {
            return CatalogExtension.Extend(catalog, market.Catalog);
        }
        catch (MineralsMatchValidationException)
        {
            return catalog;
        }
    }

    private sealed class Checker(Market market, IMineralCatalog catalog, IMineralCatalog baseCatalog)
    {
        private readonly HashSet<string> _routes = market.Routes.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> _hubs = market.Hubs.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> _tags = market.Routes.SelectMany(r => r.Tags).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> _offers = market.Offers.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> _requirements = market.Requirements.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> _producers = market.Offers.Select(o => o.Producer).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> _buyers = market.Requirements.Select(r => r.Buyer).ToHashSet(StringComparer.Ordinal);

        public List<InputError> Errors { get; } = [];

        public void Set(ShockSet set, string path, HashSet<string> names)
        {
            if (set.Name is null || !InputPatterns.Slug().IsMatch(set.Name))
            {
                Fail(path + ".name", RuleCodes.Slug, "must be a lowercase slug such as 'caspian-closed' (letters a-z, digits, single hyphens)", set.Name);
            }
            else if (!names.Add(set.Name))
            {
                Fail(path + ".name", RuleCodes.Duplicate, "is used by another stress test", set.Name);
            }

            Text(set.Description, path + ".description", multiline: true);
            Text(set.Note, path + ".note", multiline: true);
            if (set.Probability is { } p && p is < 0m or > 1m)
            {
                Fail(path + ".probability", RuleCodes.Range, "must be between 0 and 1", p);
            }

            if (set.Source is { } source && !catalog.Sources.Any(s => s.Key == source))
            {
                Fail(path + ".source", RuleCodes.UnknownReference, "refers to an unknown source (not in the catalog nor the market's catalog additions)", source);
            }

            if (set.Shocks.Count == 0)
            {
                Fail(path + ".shocks", RuleCodes.Required, "must hold at least one shock", null);
            }

            for (var j = 0; j < set.Shocks.Count; j++)
            {
                Shock(set.Shocks[j], path + ".shocks[" + j.ToString(CultureInfo.InvariantCulture) + "]");
            }
        }

        public void Fail(string path, string rule, string message, object? value) =>
            Errors.Add(new InputError { Path = path, Rule = rule, Message = message, AttemptedValue = value switch { null => null, decimal d => InputRules.Text(d), int n => InputRules.Text(n), _ => value.ToString() } });

        private void Shock(Shock? shock, string path)
        {
            switch (shock)
            {
                case null:
                    Fail(path, RuleCodes.Required, "must not be null", null);
                    break;
                case RouteClosure c:
                    Known(c.Routes, _routes, path + ".routes", "route");
                    Known(c.Hubs, _hubs, path + ".hubs", "hub");
                    Known(c.Tags, _tags, path + ".tags", "route tag");
                    Legs(c.Legs, path + ".legs");
                    break;
                case TradeMeasureShock t:
                    Measure(t, path + ".measure");
                    break;
                case ProductionShock p:
                    Known(p.Offers, _offers, path + ".offers", "offer");
                    Known(p.Producers, _producers, path + ".producers", "producer (of an offer)");
                    Countries(p.Countries, path + ".countries");
                    Products(p.Products, path + ".products");
                    if (p.ChangePercent is { } change)
                    {
                        Change(change, path + ".changePercent", -100m);
                    }

                    if (p.DelayQuarters is { } quarters && quarters is < 1 or > MaxDelayQuarters)
                    {
                        Fail(path + ".delayQuarters", RuleCodes.Range, "must be between 1 and " + MaxDelayQuarters.ToString(CultureInfo.InvariantCulture), quarters);
                    }

                    break;
                case DemandShock d:
                    Known(d.Requirements, _requirements, path + ".requirements", "requirement");
                    Known(d.Buyers, _buyers, path + ".buyers", "buyer (of a requirement)");
                    Products(d.Products, path + ".products");
                    Change(d.ChangePercent, path + ".changePercent", -100m);
                    break;
                case PriceShock p:
                    Products(p.Products, path + ".products");
                    if (p.ChangePercent <= -100m)
                    {
                        Fail(path + ".changePercent", RuleCodes.Range, "must be greater than -100 (a price stays above 0)", p.ChangePercent);
                    }
                    else
                    {
                        Change(p.ChangePercent, path + ".changePercent", -100m);
                    }

                    break;
                case FreightShock f:
                    Legs(f.Legs, path + ".legs");
                    Change(f.ChangePercent, path + ".changePercent", -100m);
                    break;
                default:
                    break;
            }
        }

        private void Measure(TradeMeasureShock shock, string path)
        {
            var index = market.Policies.Count;
            var prefix = "$.policies[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            if (market.Policies.Any(m => m.Id == shock.Measure.Id))
            {
                Fail(path + ".id", RuleCodes.Duplicate, "is the id of a measure the market already has", shock.Measure.Id);
            }

            foreach (var error in MarketValidation.Validate(shock.Apply(market, catalog), baseCatalog))
            {
                if (error.Path == prefix || error.Path.StartsWith(prefix + ".", StringComparison.Ordinal) || error.Path.StartsWith(prefix + "[", StringComparison.Ordinal))
                {
                    Errors.Add(error with { Path = path + error.Path[prefix.Length..] });
                }
            }
        }

        private void Change(decimal change, string path, decimal min)
        {
            if (change < min || change > MaxChangePercent)
            {
                Fail(path, RuleCodes.Range, $"must be between {InputRules.Text(min)} and {InputRules.Text(MaxChangePercent)}", change);
            }
        }

        private void Known(IReadOnlyList<string> ids, HashSet<string> known, string path, string what)
        {
            for (var k = 0; k < ids.Count; k++)
            {
                if (!known.Contains(ids[k]))
                {
                    Fail(Element(path, k), RuleCodes.UnknownReference, $"refers to an unknown {what}", ids[k]);
                }
            }
        }

        private void Legs(IReadOnlyList<LegReference> legs, string path)
        {
            for (var k = 0; k < legs.Count; k++)
            {
                var leg = legs[k];
                if (!market.Routes.Any(r => r.Legs.Any(leg.Matches)))
                {
                    Fail(Element(path, k), RuleCodes.UnknownReference, "no route has a leg from this hub to that one", leg.ToString());
                }
            }
        }

        private void Countries(IReadOnlyList<string> countries, string path)
        {
            for (var k = 0; k < countries.Count; k++)
            {
                if (countries[k] is null || !InputPatterns.CountryCode().IsMatch(countries[k]))
                {
                    Fail(Element(path, k), RuleCodes.CountryCode, "must be an ISO 3166-1 alpha-2 country code such as 'KZ'", countries[k]);
                }
            }
        }

        private void Products(IReadOnlyList<string> products, string path)
        {
            for (var k = 0; k < products.Count; k++)
            {
                if (catalog.FindProduct(products[k]) is null && catalog.Find(products[k]) is null)
                {
                    Fail(Element(path, k), RuleCodes.UnknownReference, "refers to an unknown product or mineral", products[k]);
                }
            }
        }

        private void Text(string? text, string path, bool multiline)
        {
            if (ControlCharacters.IndexOf(text, multiline) >= 0)
            {
                Fail(path, RuleCodes.ControlCharacter, ControlCharacters.Describe(text, multiline), text);
            }
        }

        private static string Element(string path, int index) => JsonPaths.Element(path, index);
    }
}
