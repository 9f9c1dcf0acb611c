using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;

namespace MineralsMatch.Matching;

/// <summary>One run's view of the market: sorted by id, with lookups, the extended catalog and the options.</summary>
internal sealed class MatchingContext
{
    public MatchingContext(Market market, IMineralCatalog catalog, MatchingOptions options)
    {
        Market = market;
        Catalog = catalog;
        Options = options;
        Offers = [.. market.Offers.OrderBy(o => o.Id, StringComparer.Ordinal)];
        Requirements = [.. market.Requirements.OrderBy(r => r.Id, StringComparer.Ordinal)];
        // A market's own parties come first; offers and requirements may also name the catalog's reference parties.
        var parties = catalog.Parties.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var party in market.Parties)
        {
            parties[party.Id] = party;
        }

        OfferIndex = Index(Offers.Select(o => o.Id));
        RequirementIndex = Index(Requirements.Select(r => r.Id));
        Parties = parties;
        Hubs = market.Hubs.ToDictionary(h => h.Id, StringComparer.Ordinal);
        Routes = new RouteFinder(market.Routes, market.Hubs);
    }

    public Market Market { get; }

    public IMineralCatalog Catalog { get; }

    public MatchingOptions Options { get; }

    public IReadOnlyList<SupplyOffer> Offers { get; }

    public IReadOnlyList<Requirement> Requirements { get; }

    /// <summary>Each offer's position in <see cref="Offers"/> by id.</summary>
    public IReadOnlyDictionary<string, int> OfferIndex { get; }

    /// <summary>Each requirement's position in <see cref="Requirements"/> by id.</summary>
    public IReadOnlyDictionary<string, int> RequirementIndex { get; }

    public IReadOnlyDictionary<string, Party> Parties { get; }

    public IReadOnlyDictionary<string, Hub> Hubs { get; }

    public RouteFinder Routes { get; }

    public Product Product(string id) =>
        Catalog.FindProduct(id) ?? throw new InvalidOperationException($"Product '{id}' passed validation but is not in the catalog.");

    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            index[id] = index.Count;
        }

        return index;
    }
}
