using MineralsMatch.Collections;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Explanations;

/// <summary>Facts about an optimal allocation that explanations need: sold and met steps, sold-out offers, binding caps.</summary>
internal sealed class AllocationFacts
{
    // Suppliers and countries as small numbers per supply, so that the keys below (demand << 32 | number) need no string
    // hashing: every link of the market is looked up.
    private readonly int[] _supplierOf;
    private readonly int[] _countryOf;

    // The binding (demand, supplier) and (demand, country) cap nodes of the optimum.
    private readonly HashSet<long> _bindingSupplier = [];
    private readonly HashSet<long> _bindingCountry = [];

    // Per capped demand, the flow from each supplier and each country: what a cap folded into the links is compared with.
    private readonly Dictionary<long, long> _flowBySupplier = [];
    private readonly Dictionary<long, long> _flowByCountry = [];

    private KeyGroups? _linksOfDemand;

    public AllocationFacts(AllocationOutcome outcome)
    {
        Outcome = outcome;
        var problem = outcome.Problem;
        Sold = new long[problem.Supplies.Count];
        Met = new long[problem.Demands.Count];
        for (var k = 0; k < problem.Links.Count; k++)
        {
            Sold[problem.Links[k].Supply] += outcome.Result.Flows[k];
            Met[problem.Links[k].Demand] += outcome.Result.Flows[k];
        }

        var suppliers = new Dictionary<string, int>(StringComparer.Ordinal);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        _supplierOf = [.. problem.Supplies.Select(s => Number(suppliers, s.Supplier))];
        _countryOf = [.. problem.Supplies.Select(s => Number(countries, s.Country))];
        foreach (var cap in outcome.Result.BindingCaps)
        {
            // A cap on a supplier or country no supply names cannot bind any link: it is left out.
            var (numbers, binding) = cap.Kind == CapKind.Supplier ? (suppliers, _bindingSupplier) : (countries, _bindingCountry);
            if (numbers.TryGetValue(cap.Key, out var number))
            {
                binding.Add(Key(cap.Demand, number));
            }
        }

        for (var k = 0; k < problem.Links.Count; k++)
        {
            var link = problem.Links[k];
            var flow = outcome.Result.Flows[k];
            if (flow > 0 && problem.Demands[link.Demand] is { } demand && (demand.SupplierCap is not null || demand.CountryCap is not null))
            {
                var bySupplier = Key(link.Demand, _supplierOf[link.Supply]);
                var byCountry = Key(link.Demand, _countryOf[link.Supply]);
                _flowBySupplier[bySupplier] = _flowBySupplier.GetValueOrDefault(bySupplier) + flow;
                _flowByCountry[byCountry] = _flowByCountry.GetValueOrDefault(byCountry) + flow;
            }
        }

    }

    /// <summary>The link indices into each demand, in link order (grouped when explanations first ask: pricing and terms do not).</summary>
    public KeyGroups LinksOfDemand => _linksOfDemand ?? LazyInitializer.EnsureInitialized(ref _linksOfDemand, GroupByDemand);

    public AllocationOutcome Outcome { get; }

    // The links are in demand order as a rule: the grouping then needs no array of links. (Offers' explanations read every
    // supply's links in one pass over all links instead.)
    private KeyGroups GroupByDemand()
    {
        var links = Outcome.Problem.Links;
        return new KeyGroups(Outcome.Problem.Demands.Count, links.Count, k => links[k].Demand);
    }

    public long[] Sold { get; }

    public long[] Met { get; }

    public bool SoldOut(int supply) => Sold[supply] >= Outcome.Problem.Supplies[supply].Capacity;

    public bool FullyMet(int demand) => Met[demand] >= Outcome.Problem.Demands[demand].Target;

    /// <summary>The diversification cap that stops link <paramref name="k"/> from carrying more, if any, in words.</summary>
    public string? BindingCapOn(int k) => CapOn(k) is var cap and not CapBinding.None ? CapText(k, cap) : null;

    /// <summary>Which diversification cap stops link <paramref name="k"/> from carrying more (no text is written).</summary>
    public CapBinding CapOn(int k)
    {
        var link = Outcome.Problem.Links[k];
        var demand = Outcome.Problem.Demands[link.Demand];
        var bySupplier = Key(link.Demand, _supplierOf[link.Supply]);
        var byCountry = Key(link.Demand, _countryOf[link.Supply]);
        if (_bindingSupplier.Count > 0 && _bindingSupplier.Contains(bySupplier))
        {
            return CapBinding.Supplier;
        }

        if (_bindingCountry.Count > 0 && _bindingCountry.Contains(byCountry))
        {
            return CapBinding.Country;
        }

        if (Outcome.Result.Flows[k] >= link.Capacity && Outcome.Links.Pair(k).Limit is VolumeLimit.SupplierShare or VolumeLimit.CountryShare)
        {
            return CapBinding.Pairing;
        }

        // Caps the layout folded into the links (no cap node) bind too when the links they cover are at them.
        return demand.SupplierCap is { } supplierCap && _flowBySupplier.GetValueOrDefault(bySupplier) >= supplierCap ? CapBinding.Supplier
            : demand.CountryCap is { } countryCap && _flowByCountry.GetValueOrDefault(byCountry) >= countryCap ? CapBinding.Country
            : CapBinding.None;
    }

    /// <summary>The binding cap <paramref name="cap"/> (from <see cref="CapOn"/>) of link <paramref name="k"/>, in words.</summary>
    public string CapText(int k, CapBinding cap)
    {
        var link = Outcome.Problem.Links[k];
        var supply = Outcome.Problem.Supplies[link.Supply];
        var demand = Outcome.Problem.Demands[link.Demand];
        return cap switch
        {
            CapBinding.Supplier => $"{supply.Supplier} already provides the most one supplier may ({Percent(Outcome.Links.Requirement(k).MaxShareFromSupplier)} of {demand.Id}'s target, not of what it gets)",
            CapBinding.Country => $"suppliers in {supply.Country} already provide the most one country may ({Percent(Outcome.Links.Requirement(k).MaxShareFromCountry)} of {demand.Id}'s target, not of what it gets)",
            CapBinding.Pairing => $"the pairing is capped at {LimitOf(Outcome.Links[k].Pair).Text}",
            _ => throw new ArgumentOutOfRangeException(nameof(cap), cap, "No cap binds."),
        };
    }

    private static long Key(int demand, int number) => ((long)demand << 32) | (uint)number;

    private static int Number(Dictionary<string, int> numbers, string name) =>
        numbers.TryGetValue(name, out var number) ? number : numbers[name] = numbers.Count;

    /// <summary>What limits the pair's own capacity, in words, and whether it is a share cap.</summary>
    public static (string Text, bool IsShareCap) LimitOf(CandidatePair pair) => pair.MaxAnnualVolumeLimit switch
    {
        VolumeLimit.OfferCapacity => ("the offer's capacity", false),
        VolumeLimit.RequirementTarget => ("the requirement's target", false),
        VolumeLimit.SupplierShare => ($"{Percent(pair.Requirement.MaxShareFromSupplier)} of the target from one supplier", true),
        VolumeLimit.CountryShare => ($"{Percent(pair.Requirement.MaxShareFromCountry)} of the target from one country", true),
        VolumeLimit.PriorityReserve => ($"what {pair.Marketer?.Id}'s marketing rights leave after buyers in priority countries ({pair.PriorityReserve}/yr reserved)", false),
        _ => ($"what {pair.Route?.Route.Id} can carry", false),
    };

    private static string Percent(decimal? share) =>
        share is { } s ? (s * 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " %" : "—";
}
