using MineralsMatch.Markets;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Matching.Scoring;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Planning;

/// <summary>
/// Builds a run's <see cref="PlanningProblem"/> from its scored candidates (one link per candidate), and the representative
/// one-year <see cref="AllocationProblem"/> that explanations read.
/// </summary>
/// <remarks>
/// <para>Without a planning horizon the problem has one year and one contract per link: exactly the classic allocation network
/// (annual capacities, targets, share caps, the pair's own limit) with minimum volumes, and no flexibility to plan with.</para>
/// <para>With a horizon, each link gets alternatives: every start year from the first year both windows, both profiles and the
/// horizon allow, each with the shortest and the longest common tenor that ends inside both windows. A contract starting in
/// the first year of a profile that starts part-way (quarter 2–4) covers that part of its first year and the same part of the
/// year after its tenor ends. Delivery years after the horizon are left out of the problem.</para>
/// </remarks>
internal static class PlanningProblemFactory
{
    private static readonly IReadOnlyList<decimal> WholeYear = Collections.ValueList<decimal>.From([1m]);

    /// <summary>Per link, the indices and integer figures every network of the run shares: the scored pairs' own, read in place.</summary>
    public static PlanningLinks Links(ScoredCandidates links) => new(links.Pairs(), links.Count);

    public static PlanningProblem Build(MatchingContext context, ScoredCandidates links, PlanningLinks figures, PlanScale scale)
    {
        var options = context.Options;
        var horizon = options.PlanningHorizon;
        var (first, last) = horizon is { } h ? (h.FirstYear, h.LastYear) : (RepresentativeYear(context, links), RepresentativeYear(context, links));
        var years = Enumerable.Range(first, last - first + 1).ToList();

        var supplies = context.Offers.Select(o =>
        {
            var party = context.Parties[o.Producer];
            var unit = context.Product(o.Product).PricingUnit;
            return new PlanningSupply(o.Id, party.Id, party.Country, [.. years.Select(y => horizon is null ? scale.Steps(o.AnnualVolume.ConvertTo(unit).Amount) : scale.Steps(InYear(o.AnnualVolume, o.CapacityByYear, o.Window, y, unit)))]);
        }).ToList();
        var demands = context.Requirements.Select(r =>
        {
            var unit = context.Product(r.Product).PricingUnit;
            var demand = years.Select(y => horizon is null ? scale.Steps(r.AnnualVolume.ConvertTo(unit).Amount) : scale.Steps(InYear(r.AnnualVolume, r.DemandByYear, r.Window, y, unit))).ToList();
            return new PlanningDemand(r.Id, r.Priority, demand, Caps(demand, r.MaxShareFromSupplier), Caps(demand, r.MaxShareFromCountry));
        }).ToList();

        var shared = SharedRoutes(links);
        var routeIndex = shared.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var routes = shared.Select(r => new PlanningRoute(r.Id, [.. years.Select(_ => r.SharedAnnualCapacity!.Value.ConvertTo(QuantityUnit.Tonne).Amount)])).ToList();

        IReadOnlyList<PlanningContract> contracts = horizon is null
            ? OneYearContracts(context, links, figures, scale, first, routeIndex)
            : Contracts(context, links, figures, scale, first, horizon.Value, routeIndex);
        return new PlanningProblem
        {
            FirstYear = first,
            LastYear = last,
            Supplies = supplies,
            Demands = demands,
            Routes = routes,
            Contracts = contracts,
            Objective = options.Objective,
            DiscountRate = options.DiscountRate,
        };
    }

    // One contract per link, starting in the representative year for a whole year: columns, no record per contract (a link
    // whose pair is banned that year has none).
    private static ContractList OneYearContracts(MatchingContext context, ScoredCandidates links, PlanningLinks figures, PlanScale scale, int year, Dictionary<string, int> routeIndex)
    {
        var route = routeIndex.Count > 0 ? new int[links.Count] : null;
        List<int>? kept = null;
        for (var k = 0; k < links.Count; k++)
        {
            var pair = links.Pair(k);
            if (route is not null)
            {
                route[k] = RouteOf(links, k, routeIndex);
            }

            if (pair.HasMeasures && PairMeasures.BanIn(links[k].Pair, year) is not null)
            {
                kept ??= [.. Enumerable.Range(0, k)];
            }
            else
            {
                kept?.Add(k);
            }
        }

        int TenorOf(int link) => OneYearTenor(context.Offers[figures.Supply(link)], context.Requirements[figures.Demand(link)]);
        return new ContractList(ContractTable.OneYear(figures, kept?.ToArray(), year, TenorOf, route, TonnesOfDemand(context, scale)));
    }

    // Per link, its alternatives over the horizon (start years and tenors), as records.
    private static List<PlanningContract> Contracts(MatchingContext context, ScoredCandidates links, PlanningLinks figures, PlanScale scale, int first, DeliveryWindow horizon, Dictionary<string, int> routeIndex)
    {
        var options = context.Options;
        var tonnes = TonnesOfDemand(context, scale);
        var contracts = new List<PlanningContract>();
        for (var k = 0; k < links.Count; k++)
        {
            var pair = links.Pair(k);
            var offer = context.Offers[pair.Offer];
            var requirement = context.Requirements[pair.Requirement];
            var template = new PlanningContract
            {
                Link = k,
                Supply = figures.Supply(k),
                Demand = figures.Demand(k),
                Route = RouteOf(links, k, routeIndex),
                TonnesPerStep = tonnes[pair.Requirement],
                StartYear = first,
                Tenor = 1,
                YearShares = WholeYear,
                MinAnnual = figures.MinAnnual(k),
                MaxAnnual = figures.MaxAnnual(k),
                Flexibility = options.VolumeFlexibility,
                Value = figures.Value(k),
            };
            if (!pair.HasMeasures)
            {
                contracts.AddRange(Alternatives(template, offer, requirement, horizon));
            }
            else
            {
                var candidate = links[k];
                contracts.AddRange(Alternatives(template, offer, requirement, horizon)
                    .Select(c => UnderMeasures(c, candidate, scale)).OfType<PlanningContract>());
            }
        }

        return contracts;
    }

    private static int RouteOf(ScoredCandidates links, int k, Dictionary<string, int> routeIndex) =>
        routeIndex.Count > 0 && links.Route(k)?.Route is { } r && routeIndex.TryGetValue(r.Id, out var index) ? index : -1;

    // Per requirement, the tonnes of one volume step of its product (to charge shared route capacity), worked out once per product.
    private static decimal[] TonnesOfDemand(MatchingContext context, PlanScale scale)
    {
        var byProduct = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var tonnes = new decimal[context.Requirements.Count];
        for (var j = 0; j < tonnes.Length; j++)
        {
            var product = context.Requirements[j].Product;
            if (!byProduct.TryGetValue(product, out tonnes[j]))
            {
                byProduct[product] = tonnes[j] = scale.Resolution * context.Product(product).PricingUnit.KilogramsPerUnit() / 1000m;
            }
        }

        return tonnes;
    }

    /// <summary>The classic one-year allocation problem: what explanations and the one-year plan read.</summary>
    /// <param name="nodes">Its supplies and demands, from <see cref="RepresentativeNodes"/>.</param>
    /// <param name="figures">The run's per-link figures: one link each.</param>
    public static AllocationProblem Representative(AllocationProblem nodes, PlanningLinks figures) =>
        nodes with { Links = Collections.ValueList<AllocationLink>.Own(RepresentativeLinks(figures)) };

    /// <summary>The representative problem's supplies and demands without its links (enough to compare it with another network's).</summary>
    public static AllocationProblem RepresentativeNodes(PlanningProblem problem) => new()
    {
        Supplies = [.. problem.Supplies.Select(s => new AllocationSupply(s.Id, s.Capacity.Max(), s.Supplier, s.Country))],
        Demands = [.. problem.Demands.Select(Peak)],
        Objective = problem.Objective,
    };

    private static AllocationLink[] RepresentativeLinks(PlanningLinks figures)
    {
        var links = new AllocationLink[figures.Count];
        for (var k = 0; k < links.Length; k++)
        {
            links[k] = new AllocationLink(figures.Supply(k), figures.Demand(k), figures.MaxAnnual(k), figures.Value(k));
        }

        return links;
    }

    private static AllocationDemand Peak(PlanningDemand d)
    {
        var peak = d.Demand.Count == 0 ? 0 : Enumerable.Range(0, d.Demand.Count).MaxBy(t => d.Demand[t]);
        return new AllocationDemand(d.Id, d.Demand.Count == 0 ? 0 : d.Demand[peak], d.Priority, d.SupplierCap?[peak], d.CountryCap?[peak]);
    }

    private static int RepresentativeYear(MatchingContext context, ScoredCandidates links)
    {
        if (links.Count == 0)
        {
            return context.Offers.Select(o => o.Window.FirstYear).Concat(context.Requirements.Select(r => r.Window.FirstYear)).DefaultIfEmpty(2000).Min();
        }

        var first = int.MaxValue;
        for (var k = 0; k < links.Count; k++)
        {
            var pair = links.Pair(k);
            first = Math.Min(first, Math.Max(context.Offers[pair.Offer].Window.FirstYear, context.Requirements[pair.Requirement].Window.FirstYear));
        }

        return first;
    }

    // The routes with a shared yearly capacity that some link takes, once each by id (the first link's), in id order: each
    // route object is looked at once, not once per link.
    private static List<Logistics.Route> SharedRoutes(ScoredCandidates links)
    {
        var seen = new HashSet<Logistics.Route>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < links.Count; k++)
        {
            if (links.Route(k)?.Route is { SharedAnnualCapacity: not null } route)
            {
                seen.Add(route);
            }
        }

        return [.. seen.DistinctBy(r => r.Id, StringComparer.Ordinal).OrderBy(r => r.Id, StringComparer.Ordinal)];
    }

    // Today's tenor: the longest both allow from the first shared year.
    private static int OneYearTenor(SupplyOffer offer, Requirement requirement)
    {
        var start = Math.Max(offer.Window.FirstYear, requirement.Window.FirstYear);
        var end = Math.Min(offer.Window.LastYear, requirement.Window.LastYear);
        var tenors = offer.Tenor.Intersect(requirement.Tenor);
        return Math.Max(1, Math.Min(tenors?.MaxYears ?? 1, end - start + 1));
    }

    internal static decimal InYear(Quantity annual, YearlyProfile? profile, DeliveryWindow window, int year, QuantityUnit unit)
    {
        if (year < window.FirstYear || year > window.LastYear)
        {
            return 0m;
        }

        var amount = profile is null ? annual.Amount : profile.AmountIn(year);
        return Quantity.Of(amount, annual.Unit).ConvertTo(unit).Amount;
    }

    private static List<long>? Caps(List<long> demand, decimal? share) =>
        share is { } s ? [.. demand.Select(d => (long)decimal.Floor(d * s))] : null;

    private static IEnumerable<PlanningContract> Alternatives(PlanningContract template, SupplyOffer offer, Requirement requirement, DeliveryWindow horizon)
    {
        var overlap = offer.Window.Overlap(requirement.Window);
        var tenors = offer.Tenor.Intersect(requirement.Tenor);
        if (overlap is not { } window || tenors is not { } range)
        {
            yield break;
        }

        var earliest = new[] { window.FirstYear, horizon.FirstYear, offer.CapacityByYear?.FirstYear ?? int.MinValue, requirement.DemandByYear?.FirstYear ?? int.MinValue }.Max();
        for (var start = earliest; start <= Math.Min(window.LastYear, horizon.LastYear); start++)
        {
            var quarter = Math.Max(StartQuarter(offer.CapacityByYear, start), StartQuarter(requirement.DemandByYear, start));
            var fits = quarter == 1 ? window.LastYear - start + 1 : window.LastYear - start;
            foreach (var tenor in new[] { range.MinYears, Math.Min(range.MaxYears, fits) }.Distinct())
            {
                if (tenor < range.MinYears || tenor > fits)
                {
                    continue;
                }

                var shares = new List<decimal>();
                if (quarter == 1)
                {
                    shares.AddRange(Enumerable.Repeat(1m, tenor));
                }
                else
                {
                    shares.Add((5 - quarter) / 4m);
                    shares.AddRange(Enumerable.Repeat(1m, tenor - 1));
                    shares.Add((quarter - 1) / 4m);
                }

                var inHorizon = Math.Min(shares.Count, horizon.LastYear - start + 1);
                yield return template with { StartYear = start, Tenor = tenor, YearShares = shares.Take(inHorizon).ToList() };
            }
        }
    }

    // Dated trade measures act per year: no delivery in a year an export ban is in force (the contract's share of that year is 0),
    // and the contract's value carries the mean, over its delivery years, of each year's duty and expected loss instead of the
    // first shared year's, which the scored value holds. A contract that would start in a banned year is dropped.
    private static PlanningContract? UnderMeasures(PlanningContract contract, ScoredCandidate link, PlanScale scale)
    {
        var pair = link.Pair;
        var shares = contract.YearShares.Select((share, i) => PairMeasures.BanIn(pair, contract.StartYear + i) is null ? share : 0m).ToList();
        var delivered = shares.Sum();
        if (shares[0] == 0m)
        {
            // Never start in a banned year: the alternative that starts in the first free year covers it.
            return null;
        }

        var mean = shares.Select((share, i) => share * PairMeasures.CostPerUnit(pair, contract.StartYear + i)).Sum() / delivered;
        var scored = PairMeasures.CostPerUnit(pair, pair.FirstYear);
        return contract with
        {
            YearShares = shares,
            Value = mean == scored ? contract.Value : scale.ValuePerStep(link.ValuePerUnit + scored - mean),
        };
    }

    private static int StartQuarter(YearlyProfile? profile, int year) => profile is { } p && p.FirstYear == year ? Math.Clamp(p.StartQuarter, 1, 4) : 1;
}
