using MineralsMatch.Collections;

namespace MineralsMatch.Matching.Planning;

/// <summary>
/// A planning problem's contracts as columns, which the managed planner, its state, weights and bound read by contract index.
/// A one-year problem from the engine is built straight into columns (no record per contract; its supply, demand, volumes and
/// value are the run's per-link figures, and fields every contract shares are stored once); any other problem's records are
/// copied into columns once.
/// </summary>
internal sealed class ContractTable
{
    private static readonly IReadOnlyList<decimal> WholeYear = ValueList<decimal>.From([1m]);

    // Contract → row of the per-row columns: the link for a one-year table (null when every link is a contract), the contract
    // itself for a table copied from records.
    private readonly int[]? _link;
    private readonly bool _rowIsLink;
    // A one-year table reads supply, demand, volumes and value from the run's links in place; a copied table from its columns.
    private readonly PlanningLinks? _links;
    private readonly int[]? _supply;
    private readonly int[]? _demand;
    private readonly long[]? _min;
    private readonly long[]? _max;
    private readonly long[]? _value;
    private readonly int[]? _tenor;
    // A one-year table's tenor per link, worked out when asked (a signed contract's record): no array over the links.
    private readonly Func<int, int>? _tenorOfLink;
    private readonly int[]? _route;
    private readonly int[]? _startYear;
    private readonly int _firstYear;
    private readonly IReadOnlyList<decimal>[]? _shares;
    private readonly decimal[]? _flexibility;
    private readonly decimal[]? _tonnes;
    private readonly decimal[]? _tonnesOfDemand;
    private bool? _allOneWholeYear;
    private bool? _onePerLink;

    private ContractTable(int count, int[]? link, bool rowIsLink, PlanningLinks? links, int[]? supply, int[]? demand, long[]? min, long[]? max, long[]? value, int[]? tenor, Func<int, int>? tenorOfLink, int[]? route, int[]? startYear, int firstYear, IReadOnlyList<decimal>[]? shares, decimal[]? flexibility, decimal[]? tonnes, decimal[]? tonnesOfDemand)
    {
        Count = count;
        _link = link;
        _rowIsLink = rowIsLink;
        _links = links;
        _supply = supply;
        _demand = demand;
        _min = min;
        _max = max;
        _value = value;
        _tenor = tenor;
        _tenorOfLink = tenorOfLink;
        _route = route;
        _startYear = startYear;
        _firstYear = firstYear;
        _shares = shares;
        _flexibility = flexibility;
        _tonnes = tonnes;
        _tonnesOfDemand = tonnesOfDemand;
    }

    /// <summary>The number of contracts.</summary>
    public int Count { get; }

    /// <summary>
    /// One contract per link of a one-year problem (<paramref name="links"/>: the links that have one, in order, or
    /// <see langword="null"/> for all), starting in <paramref name="year"/> for a whole year without flexibility.
    /// </summary>
    public static ContractTable OneYear(PlanningLinks figures, int[]? links, int year, Func<int, int> tenorOfLink, int[]? route, decimal[] tonnesOfDemand) =>
        new(links?.Length ?? figures.Count, links, rowIsLink: true, figures, null, null, null, null, null, null, tenorOfLink, route, null, year, null, null, null, tonnesOfDemand);

    /// <summary>The columns of <paramref name="contracts"/>, copied once.</summary>
    public static ContractTable From(IReadOnlyList<PlanningContract> contracts)
    {
        var n = contracts.Count;
        var (link, supply, demand, tenor, route, start) = (new int[n], new int[n], new int[n], new int[n], new int[n], new int[n]);
        var (min, max, value) = (new long[n], new long[n], new long[n]);
        var shares = new IReadOnlyList<decimal>[n];
        var (flexibility, tonnes) = (new decimal[n], new decimal[n]);
        for (var c = 0; c < n; c++)
        {
            var contract = contracts[c];
            (link[c], supply[c], demand[c], tenor[c], route[c], start[c]) = (contract.Link, contract.Supply, contract.Demand, contract.Tenor, contract.Route, contract.StartYear);
            (min[c], max[c], value[c]) = (contract.MinAnnual, contract.MaxAnnual, contract.Value);
            (shares[c], flexibility[c], tonnes[c]) = (contract.YearShares, contract.Flexibility, contract.TonnesPerStep);
        }

        return new ContractTable(n, link, rowIsLink: false, null, supply, demand, min, max, value, tenor, null, route, start, 0, shares, flexibility, tonnes, null);
    }

    /// <summary>The run's links when contract c is link c (a one-year table of every link), else <see langword="null"/>.</summary>
    public PlanningLinks? LinksInOrder => _rowIsLink && _link is null ? _links : null;

    /// <summary>The contract's link (offer, requirement, route); alternatives share it.</summary>
    public int Link(int c) => _link is null ? c : _link[c];

    /// <summary>The contract's supply index.</summary>
    public int Supply(int c) => _links is { } links ? links.Supply(Link(c)) : _supply![c];

    /// <summary>The contract's demand index.</summary>
    public int Demand(int c) => _links is { } links ? links.Demand(Link(c)) : _demand![c];

    /// <summary>The contract's shared route index, or −1.</summary>
    public int Route(int c) => _route is null ? -1 : _route[Row(c)];

    /// <summary>Tonnes shipped per volume step.</summary>
    public decimal TonnesPerStep(int c) => _tonnesOfDemand is not null ? _tonnesOfDemand[Demand(c)] : _tonnes![c];

    /// <summary>The first delivery year.</summary>
    public int StartYear(int c) => _startYear is null ? _firstYear : _startYear[c];

    /// <summary>The tenor in whole years.</summary>
    public int Tenor(int c) => _tenorOfLink is { } tenorOf ? tenorOf(Row(c)) : _tenor![Row(c)];

    /// <summary>Per delivery year, the fraction of that year the contract covers.</summary>
    public IReadOnlyList<decimal> YearShares(int c) => _shares is null ? WholeYear : _shares[c];

    /// <summary>The delivery years of all contracts together.</summary>
    public long ContractYears => _shares is null ? Count : _shares.Sum(s => (long)s.Count);

    /// <summary>Whether every contract delivers one whole year without flexibility (true of a one-year table without a scan).</summary>
    public bool AllOneWholeYear => _allOneWholeYear ??= _shares is null || Enumerable.Range(0, Count).All(c => IsOneWholeYear(c) && Flexibility(c) == 0m);

    /// <summary>Whether no two contracts share a link: true of a one-year table, else whether links rise strictly with the contract.</summary>
    public bool OnePerLink => _onePerLink ??= _rowIsLink || Enumerable.Range(1, Math.Max(0, Count - 1)).All(c => Link(c) > Link(c - 1));

    /// <summary>Whether the contract delivers in one whole year only (no part-year share to round).</summary>
    public bool IsOneWholeYear(int c) => _shares is null || (_shares[c].Count == 1 && _shares[c][0] == 1m);

    /// <summary>The smallest annual volume if signed, in steps.</summary>
    public long MinAnnual(int c) => _links is { } links ? links.MinAnnual(Link(c)) : _min![c];

    /// <summary>The largest annual volume, in steps.</summary>
    public long MaxAnnual(int c) => _links is { } links ? links.MaxAnnual(Link(c)) : _max![c];

    /// <summary>The volume flexibility as a fraction.</summary>
    public decimal Flexibility(int c) => _flexibility is null ? 0m : _flexibility[c];

    /// <summary>The value of one delivered step, before discounting.</summary>
    public long Value(int c) => _links is { } links ? links.Value(Link(c)) : _value![c];

    /// <summary>The last delivery year (inclusive).</summary>
    public int EndYear(int c) => StartYear(c) + YearShares(c).Count - 1;

    /// <summary>The contract as the public record.</summary>
    public PlanningContract Contract(int c) => new()
    {
        Link = Link(c),
        Supply = Supply(c),
        Demand = Demand(c),
        Route = Route(c),
        TonnesPerStep = TonnesPerStep(c),
        StartYear = StartYear(c),
        Tenor = Tenor(c),
        YearShares = YearShares(c),
        MinAnnual = MinAnnual(c),
        MaxAnnual = MaxAnnual(c),
        Flexibility = Flexibility(c),
        Value = Value(c),
    };

    private int Row(int c) => _rowIsLink ? Link(c) : c;
}
