using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Tests.Properties;

/// <summary>
/// Checks a result against its market without using the engine's code: capacity and demand in every year, contract
/// minimums, share caps, routes, exclusions, windows and tenors, prices inside the collar, and that reasons are true.
/// </summary>
internal static class ResultChecker
{
    public static List<string> Problems(Market market, MatchingOptions options, MatchResult result, IMineralCatalog catalog)
    {
        var problems = new List<string>();
        var offers = market.Offers.ToDictionary(o => o.Id);
        var requirements = market.Requirements.ToDictionary(r => r.Id);
        var parties = market.Parties.ToDictionary(p => p.Id);
        var hubs = market.Hubs.ToDictionary(h => h.Id);
        var routes = market.Routes.ToDictionary(r => r.Id);
        decimal Units(Quantity q, string product) => q.ConvertTo(catalog.FindProduct(product)!.PricingUnit).Amount;
        var step = options.VolumeResolution;

        foreach (var p in result.Proposals)
        {
            var o = offers[p.Offer];
            var r = requirements[p.Requirement];
            var volume = Units(p.AnnualVolume, o.Product);
            var supplier = parties[o.Producer];
            var buyer = parties[r.Buyer];
            var route = routes[p.Route];
            void Fail(string what) => problems.Add($"{p.Id}: {what}");

            if (o.Product != r.Product || p.Product != o.Product)
            {
                Fail("products differ");
            }

            if (volume <= 0m)
            {
                Fail($"volume {volume} is not positive");
            }

            var minimum = Math.Max(o.MinAnnualVolume is { } om ? Units(om, o.Product) : 0m, r.MinAnnualVolume is { } rm ? Units(rm, o.Product) : 0m);
            if (volume < minimum)
            {
                Fail($"volume {volume} below the contract minimum {minimum}");
            }

            if (route.Origin != o.OriginHub || route.Destination != r.DestinationHub)
            {
                Fail($"route {route.Id} does not join {o.OriginHub} to {r.DestinationHub}");
            }

            var transit = route.Legs.Select(l => l.TransitCountry).OfType<string>().Concat(route.Legs.SkipLast(1).Select(l => hubs[l.To].Country));
            if (r.ExcludedRoutes.Contains(route.Id) || transit.Any(r.ExcludedTransitCountries.Contains))
            {
                Fail($"route {route.Id} is excluded");
            }

            if (route.MaxAnnualVolume is { } max && volume > Units(max, o.Product))
            {
                Fail($"route {route.Id} carries at most {max}");
            }

            if (o.ExcludedBuyers.Contains(buyer.Id) || o.ExcludedCountries.Contains(buyer.Country) || r.ExcludedSuppliers.Contains(supplier.Id) || r.ExcludedOriginCountries.Contains(supplier.Country))
            {
                Fail("an excluded party or country");
            }

            var last = p.StartYear + p.TenorYears - 1;
            if (p.StartYear < Math.Max(o.Window.FirstYear, r.Window.FirstYear) || last > Math.Min(o.Window.LastYear, r.Window.LastYear))
            {
                Fail($"years {p.StartYear}–{last} outside the windows");
            }

            if (p.TenorYears < Math.Max(o.Tenor.MinYears, r.Tenor.MinYears) || p.TenorYears > Math.Min(o.Tenor.MaxYears, r.Tenor.MaxYears))
            {
                Fail($"tenor {p.TenorYears} outside the tenor ranges");
            }

            if (p.Terms.Base < p.Terms.Floor || p.Terms.Base > p.Terms.Ceiling)
            {
                Fail($"base {p.Terms.Base} outside the collar {p.Terms.Floor}–{p.Terms.Ceiling}");
            }
        }

        var years = result.Proposals.SelectMany(p => Enumerable.Range(p.StartYear, p.TenorYears)).Distinct();
        foreach (var year in years)
        {
            var active = result.Proposals.Where(p => p.StartYear <= year && year < p.StartYear + p.TenorYears).ToList();
            foreach (var g in active.GroupBy(p => p.Offer))
            {
                var sum = g.Sum(p => Units(p.AnnualVolume, p.Product));
                if (sum > Units(offers[g.Key].AnnualVolume, offers[g.Key].Product))
                {
                    problems.Add($"{year}: offer {g.Key} sells {sum}, above its capacity");
                }
            }

            foreach (var g in active.GroupBy(p => p.Requirement))
            {
                var r = requirements[g.Key];
                var target = Units(r.AnnualVolume, r.Product);
                var sum = g.Sum(p => Units(p.AnnualVolume, p.Product));
                if (sum > target)
                {
                    problems.Add($"{year}: requirement {g.Key} gets {sum}, above its target");
                }

                foreach (var (share, key, what) in new[] { (r.MaxShareFromSupplier, (Func<Contracts.ContractProposal, string>)(p => p.Supplier), "supplier"), (r.MaxShareFromCountry, p => parties[p.Supplier].Country, "country") })
                {
                    if (share is not { } s)
                    {
                        continue;
                    }

                    foreach (var part in g.GroupBy(key))
                    {
                        var from = part.Sum(p => Units(p.AnnualVolume, p.Product));
                        if (from > (target * s) + step)
                        {
                            problems.Add($"{year}: requirement {g.Key} gets {from} from {what} {part.Key}, above {s} of its target {target}");
                        }
                    }
                }
            }
        }

        CheckReasons(market, result, step, problems);
        return problems;
    }

    private static void CheckReasons(Market market, MatchResult result, decimal step, List<string> problems)
    {
        var offerOutcomes = result.Offers.ToDictionary(o => o.Offer);
        var requirementOutcomes = result.Requirements.ToDictionary(r => r.Requirement);
        if (offerOutcomes.Count != market.Offers.Count || requirementOutcomes.Count != market.Requirements.Count)
        {
            problems.Add("not every offer and requirement has an outcome");
        }

        foreach (var r in result.Requirements)
        {
            if (r.Unmet.Amount > 0m && r.Reasons.Count == 0)
            {
                problems.Add($"requirement {r.Requirement}: {r.Unmet} unmet without a reason");
            }

            if (r.Unmet.Amount <= 0m && r.Reasons.Count > 0)
            {
                problems.Add($"requirement {r.Requirement}: fully met yet explained");
            }

            foreach (var reason in r.Reasons)
            {
                if (IsSummary(reason, r.Reasons, problems, $"requirement {r.Requirement}"))
                {
                    continue;
                }

                var offer = reason.Counterpart is { } id && offerOutcomes.TryGetValue(id, out var o) ? o : null;
                var untrue = reason.Kind switch
                {
                    ReasonKind.SupplyExhausted or ReasonKind.CapacityTaken => offer is null || offer.Unsold.Amount >= step,
                    ReasonKind.NoOfferOfProduct => market.Offers.Any(x => x.Product == r.Product),
                    ReasonKind.BelowVolumeResolution => reason.Counterpart is null && r.Unmet.Amount >= step,
                    _ => false,
                };
                if (untrue)
                {
                    problems.Add($"requirement {r.Requirement}: untrue reason [{FileNames.Of(reason.Kind)}] {reason.Message}");
                }
            }
        }

        foreach (var o in result.Offers)
        {
            if (o.Unsold.Amount > 0m && o.Reasons.Count == 0)
            {
                problems.Add($"offer {o.Offer}: {o.Unsold} unsold without a reason");
            }

            foreach (var reason in o.Reasons)
            {
                if (IsSummary(reason, o.Reasons, problems, $"offer {o.Offer}"))
                {
                    continue;
                }

                var requirement = reason.Counterpart is { } id && requirementOutcomes.TryGetValue(id, out var r) ? r : null;
                var untrue = reason.Kind switch
                {
                    ReasonKind.DemandExhausted => requirement is null || requirement.Unmet.Amount >= step,
                    ReasonKind.NoDemandForProduct => market.Requirements.Any(x => x.Product == o.Product),
                    ReasonKind.BelowVolumeResolution => reason.Counterpart is null && o.Unsold.Amount >= step,
                    _ => false,
                };
                if (untrue)
                {
                    problems.Add($"offer {o.Offer}: untrue reason [{FileNames.Of(reason.Kind)}] {reason.Message}");
                }
            }
        }
    }

    // "and N more pairings for the same reason (kind)" counts reasons beyond the five the engine details per kind: it names no
    // counterpart to check, so what is checked is that it follows exactly five detailed reasons of its kind and counts at least one.
    private static bool IsSummary(Reason reason, IReadOnlyList<Reason> reasons, List<string> problems, string owner)
    {
        var match = System.Text.RegularExpressions.Regex.Match(reason.Message, @"^and (\d+) more pairings for the same reason \(([a-z-]+)\)$");
        if (!match.Success)
        {
            return false;
        }

        var detailed = reasons.Count(x => x.Kind == reason.Kind && !ReferenceEquals(x, reason));
        if (detailed != 5 || int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < 1 || reason.Counterpart is not null)
        {
            problems.Add($"{owner}: summary reason '{reason.Message}' after {detailed} detailed reasons of its kind");
        }

        return true;
    }
}
