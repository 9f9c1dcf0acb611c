using System.Globalization;
using MineralsMatch.Contracts;
using MineralsMatch.Markets;
using MineralsMatch.Matching.Planning;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Terms;

/// <summary>
/// Narrows the ± volume band of proposals so that the bands cannot over-commit what they share: in every delivery year, the
/// upper ends of the bands of all proposals on an offer fit its capacity, on a requirement its demand, and on a route with a
/// shared capacity that capacity (docs/matching.md, "Volume flexibility").
/// </summary>
/// <remarks>
/// The band applies to each year's scheduled delivery <c>q</c>: a proposal may deliver up to <c>(1 + f)·q</c>. For a constraint
/// with limit <c>L</c> and scheduled deliveries <c>N</c> in a year, every proposal on it gets at most <c>f = (L − N)/N</c>
/// (rounded down to 0.01 %), so the upper ends sum to at most <c>L</c>; each proposal keeps the smallest such <c>f</c> over its
/// constraints and years, never more than <see cref="MatchingOptions.VolumeFlexibility"/>, and names the tightest of them (where
/// several leave no room, the one whose schedule exceeds it most). A narrowed band names its limit in
/// <see cref="PriceTerms.FlexibilityLimit"/> and in the explanation. Where the scheduled deliveries alone exceed a limit (a
/// contract running past the planning horizon into a year of lower capacity), the band is 0 and the limit says so.
/// </remarks>
internal static class FlexibilityBands
{
    private const decimal Step = 0.0001m;

    private enum Kind
    {
        Offer,
        Requirement,
        Route,
    }

    public static List<ContractProposal> Fit(MatchingContext context, IReadOnlyList<ContractProposal> proposals, bool oneYear)
    {
        var asked = context.Options.VolumeFlexibility;
        if (asked == 0m || proposals.Count == 0)
        {
            return [.. proposals];
        }

        // Constraints are keyed by kind, the offer's or requirement's index in the run (or the shared route's number) and year.
        var routes = context.Market.Routes.Where(r => r.SharedAnnualCapacity is not null).Select((r, n) => (r, n)).ToDictionary(x => x.r.Id, StringComparer.Ordinal);
        var loads = new Dictionary<(Kind Kind, int Id, int Year), Load>();
        var years = new List<(int Year, decimal Quantity)>[proposals.Count];
        var keys = new (int Offer, int Requirement, int Route)[proposals.Count];
        for (var p = 0; p < proposals.Count; p++)
        {
            var proposal = proposals[p];
            years[p] = Deliveries(proposal, oneYear);
            var unit = proposal.AnnualVolume.Unit;
            var tonnesPerUnit = unit.KilogramsPerUnit() / 1000m;
            var (i, j) = (context.OfferIndex[proposal.Offer], context.RequirementIndex[proposal.Requirement]);
            var shared = routes.TryGetValue(proposal.Route, out var numbered) ? numbered : default;
            keys[p] = (i, j, shared.r is null ? -1 : shared.n);
            foreach (var (year, quantity) in years[p])
            {
                LoadOf(loads, (Kind.Offer, i, year), proposal.Offer, context, shared.r, unit, oneYear).Scheduled += quantity;
                LoadOf(loads, (Kind.Requirement, j, year), proposal.Requirement, context, shared.r, unit, oneYear).Scheduled += quantity;
                if (shared.r is not null)
                {
                    LoadOf(loads, (Kind.Route, shared.n, year), proposal.Route, context, shared.r, unit, oneYear).Scheduled += quantity * tonnesPerUnit;
                }
            }
        }

        var fitted = new List<ContractProposal>(proposals.Count);
        for (var p = 0; p < proposals.Count; p++)
        {
            var proposal = proposals[p];
            // The tightest limit: the least room per unit scheduled, negative where the schedule alone exceeds it (that one is named).
            (Kind Kind, int Year, Load Load)? tightest = null;
            var room = decimal.MaxValue;
            foreach (var (year, _) in years[p])
            {
                foreach (var kind in (ReadOnlySpan<Kind>)[Kind.Offer, Kind.Requirement, Kind.Route])
                {
                    var id = kind switch { Kind.Offer => keys[p].Offer, Kind.Requirement => keys[p].Requirement, _ => keys[p].Route };
                    if (id >= 0 && loads.TryGetValue((kind, id, year), out var load) && load.Room < room)
                    {
                        (room, tightest) = (load.Room, (kind, year, load));
                    }
                }
            }

            var band = tightest is { } at ? Math.Min(asked, at.Load.Band) : asked;
            fitted.Add(band >= asked ? proposal : Narrow(proposal, band, asked, tightest!.Value, proposal.AnnualVolume.Unit));
        }

        return fitted;
    }

    // A proposal's scheduled delivery per year: the schedule's quarters summed; in a one-year plan its annual volume each year of its tenor.
    private static List<(int Year, decimal Quantity)> Deliveries(ContractProposal proposal, bool oneYear) => oneYear
        ? [.. Enumerable.Range(proposal.StartYear, proposal.TenorYears).Select(y => (y, proposal.AnnualVolume.Amount))]
        : [.. proposal.Schedule.GroupBy(i => i.Year).Select(g => (g.Key, g.Sum(i => i.Quantity.Amount))).Where(d => d.Item2 > 0m)];

    private static decimal Capacity(SupplyOffer offer, int year, QuantityUnit unit, bool oneYear) => oneYear
        ? offer.AnnualVolume.ConvertTo(unit).Amount
        : PlanningProblemFactory.InYear(offer.AnnualVolume, offer.CapacityByYear, offer.Window, year, unit);

    private static decimal Demand(Requirement requirement, int year, QuantityUnit unit, bool oneYear) => oneYear
        ? requirement.AnnualVolume.ConvertTo(unit).Amount
        : PlanningProblemFactory.InYear(requirement.AnnualVolume, requirement.DemandByYear, requirement.Window, year, unit);

    // The constraint's load, made with its limit on first use (the limit is worked out once per constraint and year): an
    // offer's capacity and a requirement's demand in the proposal's unit, a shared route's capacity in tonnes.
    private static Load LoadOf(Dictionary<(Kind, int, int), Load> loads, (Kind Kind, int Id, int Year) key, string id, MatchingContext context, Logistics.Route? route, QuantityUnit unit, bool oneYear)
    {
        if (!loads.TryGetValue(key, out var load))
        {
            var limit = key.Kind switch
            {
                Kind.Offer => Capacity(context.Offers[key.Id], key.Year, unit, oneYear),
                Kind.Requirement => Demand(context.Requirements[key.Id], key.Year, unit, oneYear),
                _ => route!.SharedAnnualCapacity!.Value.ConvertTo(QuantityUnit.Tonne).Amount,
            };
            load = new Load(id, limit);
            loads[key] = load;
        }

        return load;
    }

    private static ContractProposal Narrow(ContractProposal proposal, decimal band, decimal asked, (Kind Kind, int Year, Load Load) at, QuantityUnit unit)
    {
        var load = at.Load;
        var what = at.Kind switch
        {
            Kind.Offer => $"offer {load.Id}'s capacity",
            Kind.Requirement => $"requirement {load.Id}'s demand",
            _ => $"route {load.Id}'s shared capacity",
        };
        var symbol = at.Kind == Kind.Route ? "t" : unit.Symbol();
        var limit = string.Create(
            CultureInfo.InvariantCulture,
            $"{what} in {at.Year}: {load.Limit:0.###} {symbol}, against {load.Scheduled:0.###} {symbol} its proposals deliver that year");
        var explanation = string.Create(
            CultureInfo.InvariantCulture,
            $" Volume flexibility ±{band * 100m:0.##} % rather than ±{asked * 100m:0.##} %, so that the upper ends of the bands fit the {limit}.");
        return proposal with
        {
            Terms = proposal.Terms with { VolumeFlexibility = band, FlexibilityLimit = limit },
            Explanation = proposal.Explanation + explanation,
        };
    }

    // What a constraint allows in a year and what its proposals are scheduled to deliver; the widest band it leaves each of them.
    private sealed class Load(string id, decimal limit)
    {
        private decimal _scheduled;
        private decimal? _room;

        public string Id { get; } = id;

        public decimal Limit { get; } = limit;

        public decimal Scheduled
        {
            get => _scheduled;
            set => (_scheduled, _room) = (value, null);
        }

        // Room above the schedule per unit scheduled: (L − N) / N, negative when the schedule alone exceeds the limit (worked out
        // once the schedule is complete, then read for every proposal on the constraint).
        public decimal Room => _room ??= _scheduled <= 0m ? decimal.MaxValue : (Limit - _scheduled) / _scheduled;

        public decimal Band => Room <= 0m ? 0m : Room >= 1m ? 1m : decimal.Floor(Room / Step) * Step;
    }
}
