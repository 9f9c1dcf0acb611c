using MineralsMatch.Markets;
using MineralsMatch.Parties;

namespace MineralsMatch.Validation;

/// <summary>The ids a market's references may point at: its own items, its catalog additions and the catalog.</summary>
internal sealed class MarketReferences
{
    private MarketReferences(Market market, IMineralCatalog catalog)
    {
        Parties = new Dictionary<string, Party>(StringComparer.Ordinal);
        foreach (var party in market.Parties.Concat(market.Catalog?.Parties ?? []).Concat(catalog.Parties))
        {
            if (party?.Id is { } id)
            {
                Parties.TryAdd(id, party);
            }
        }

        var additions = market.Catalog?.Minerals.Where(m => m is not null).ToList() ?? [];
        Minerals = Ids(catalog.Minerals.Select(m => m.Id).Concat(additions.Select(m => m.Id)));
        Products = Ids(catalog.Products.Select(p => p.Id).Concat(additions.SelectMany(m => m.Products ?? []).Select(p => p?.Id)));
        Sources = Ids(catalog.Sources.Select(s => s.Key).Concat(market.Catalog?.Sources.Select(s => s?.Key) ?? []));
        Hubs = Ids(market.Hubs.Select(h => h?.Id));
        Routes = Ids(market.Routes.Select(r => r?.Id));
        Offers = Ids(market.Offers.Select(o => o?.Id));
    }

    public Dictionary<string, Party> Parties { get; }

    public HashSet<string> Minerals { get; }

    public HashSet<string> Products { get; }

    public HashSet<string> Sources { get; }

    public HashSet<string> Hubs { get; }

    public HashSet<string> Routes { get; }

    public HashSet<string> Offers { get; }

    public static MarketReferences Of(FluentValidation.ValidationContext<Market> context, IMineralCatalog catalog)
    {
        const string Key = "MineralsMatch.MarketReferences";
        if (context.RootContextData.TryGetValue(Key, out var cached) && cached is MarketReferences references)
        {
            return references;
        }

        references = new MarketReferences(context.InstanceToValidate, catalog);
        context.RootContextData[Key] = references;
        return references;
    }

    private static HashSet<string> Ids(IEnumerable<string?> ids) => new(ids.OfType<string>(), StringComparer.Ordinal);
}
