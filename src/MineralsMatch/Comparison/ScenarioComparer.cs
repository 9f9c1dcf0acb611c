using System.Globalization;
using MineralsMatch.Minerals;

namespace MineralsMatch.Comparison;

/// <summary>
/// The default comparer: proposals are the same contract when they pair the same offer with the same requirement;
/// a requirement changes when its met volume does; every mineral demanded in either result is listed.
/// </summary>
public sealed class ScenarioComparer : IScenarioComparer
{
    /// <summary>Compares two match results.</summary>
    /// <param name="baseline">The result before.</param>
    /// <param name="variant">The result after.</param>
    /// <returns>What changed.</returns>
    public ScenarioComparison Compare(MatchResult baseline, MatchResult variant) =>
        Compare(ResultSnapshot.From(baseline), ResultSnapshot.From(variant));

    /// <inheritdoc />
    public ScenarioComparison Compare(ResultSnapshot baseline, ResultSnapshot variant)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(variant);
        var before = baseline.Proposals.ToDictionary(Key, StringComparer.Ordinal);
        var after = variant.Proposals.ToDictionary(Key, StringComparer.Ordinal);
        var removed = baseline.Proposals.Where(p => !after.ContainsKey(Key(p))).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var added = variant.Proposals.Where(p => !before.ContainsKey(Key(p))).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var changed = baseline.Proposals
            .Where(p => after.ContainsKey(Key(p)))
            .Select(p => new ProposalChange { Before = p, After = after[Key(p)], Changes = Changes(p, after[Key(p)]) })
            .Where(c => c.Changes.Count > 0)
            .OrderBy(c => c.Before.Id, StringComparer.Ordinal)
            .ToList();

        return new ScenarioComparison
        {
            Baseline = baseline.Market,
            Variant = variant.Market,
            ProposalsAdded = added,
            ProposalsRemoved = removed,
            ProposalsChanged = changed,
            Requirements = Requirements(baseline, variant, added, removed, changed),
            Minerals = Minerals(baseline, variant),
            ValueBefore = baseline.TotalAnnualValue,
            ValueAfter = variant.TotalAnnualValue,
            MoneyBefore = baseline.TotalAnnualTurnover,
            MoneyAfter = variant.TotalAnnualTurnover,
        };
    }

    private static string Key(ProposalSnapshot p) => p.Offer + "\u0000" + p.Requirement;

    private static List<string> Changes(ProposalSnapshot before, ProposalSnapshot after)
    {
        var changes = new List<string>();
        Add(changes, "volume", before.AnnualVolume != after.AnnualVolume);
        Add(changes, "price", before.BasePrice != after.BasePrice);
        Add(changes, "route", !string.Equals(before.Route, after.Route, StringComparison.Ordinal));
        Add(changes, "start", before.StartYear != after.StartYear);
        Add(changes, "tenor", before.TenorYears != after.TenorYears);
        return changes;
    }

    private static void Add(List<string> changes, string name, bool changed)
    {
        if (changed)
        {
            changes.Add(name);
        }
    }

    private static List<RequirementChange> Requirements(
        ResultSnapshot baseline, ResultSnapshot variant, List<ProposalSnapshot> added, List<ProposalSnapshot> removed, List<ProposalChange> changed)
    {
        var before = baseline.Requirements.ToDictionary(r => r.Requirement, StringComparer.Ordinal);
        var after = variant.Requirements.ToDictionary(r => r.Requirement, StringComparer.Ordinal);
        var changes = new List<RequirementChange>();
        foreach (var id in before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var b = before.GetValueOrDefault(id);
            var a = after.GetValueOrDefault(id);
            var any = (a ?? b)!;
            var unit = any.Target.Unit;
            var metBefore = b?.Met ?? Quantity.Zero(unit);
            var metAfter = a?.Met ?? Quantity.Zero(unit);
            if (metBefore == metAfter && b is not null && a is not null)
            {
                continue;
            }

            changes.Add(new RequirementChange
            {
                Requirement = id,
                Buyer = any.Buyer,
                Product = any.Product,
                Mineral = any.Mineral,
                MetBefore = metBefore,
                MetAfter = metAfter,
                UnmetBefore = b?.Unmet ?? Quantity.Zero(unit),
                UnmetAfter = a?.Unmet ?? Quantity.Zero(unit),
                Reason = Why(id, b, a, added, removed, changed),
            });
        }

        return changes;
    }

    private static string Why(string id, RequirementSnapshot? before, RequirementSnapshot? after, List<ProposalSnapshot> added, List<ProposalSnapshot> removed, List<ProposalChange> changed)
    {
        if (after is null)
        {
            return "the requirement is not in the variant";
        }

        if (before is null)
        {
            return "the requirement is not in the baseline";
        }

        var parts = new List<string>();
        parts.AddRange(removed.Where(p => p.Requirement == id).Select(p => $"{p.Offer} via {p.Route} dropped"));
        parts.AddRange(changed.Where(c => c.Before.Requirement == id).Select(c => Moved(c)));
        parts.AddRange(added.Where(p => p.Requirement == id).Select(p => $"{p.Offer} via {p.Route} added ({Amount(p.AnnualVolume)})"));
        var fresh = after.Reasons.FirstOrDefault(r => !before.Reasons.Contains(r, StringComparer.Ordinal)) ?? (after.Reasons.Count > 0 ? after.Reasons[0] : null);
        if (fresh is not null && after.Met < before.Met)
        {
            parts.Add(fresh);
        }

        return parts.Count > 0 ? string.Join("; ", parts) : "the plan changed elsewhere";
    }

    private static string Moved(ProposalChange c)
    {
        var what = new List<string>();
        if (c.Changes.Contains("route"))
        {
            what.Add($"route {c.Before.Route} → {c.After.Route}");
        }

        if (c.Changes.Contains("volume"))
        {
            what.Add($"volume {Amount(c.Before.AnnualVolume)} → {Amount(c.After.AnnualVolume)}");
        }

        if (c.Changes.Contains("start"))
        {
            what.Add(string.Create(CultureInfo.InvariantCulture, $"start {c.Before.StartYear} → {c.After.StartYear}"));
        }

        if (c.Changes.Contains("price"))
        {
            what.Add(string.Create(CultureInfo.InvariantCulture, $"price {Collections.Decimals.Normalize(c.Before.BasePrice)} → {Collections.Decimals.Normalize(c.After.BasePrice)} USD"));
        }

        if (c.Changes.Contains("tenor"))
        {
            what.Add(string.Create(CultureInfo.InvariantCulture, $"tenor {c.Before.TenorYears} → {c.After.TenorYears} years"));
        }

        return c.Before.Offer + ": " + string.Join(", ", what);
    }

    private static string Amount(Quantity q) => q.ToString();

    private static List<MineralChange> Minerals(ResultSnapshot baseline, ResultSnapshot variant)
    {
        var before = baseline.Minerals.ToDictionary(m => m.Mineral, StringComparer.Ordinal);
        var after = variant.Minerals.ToDictionary(m => m.Mineral, StringComparer.Ordinal);
        return [.. before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(id => new MineralChange(
            id,
            before.GetValueOrDefault(id)?.Coverage ?? 0m,
            after.GetValueOrDefault(id)?.Coverage ?? 0m,
            before.GetValueOrDefault(id)?.Concentration ?? 0m,
            after.GetValueOrDefault(id)?.Concentration ?? 0m))];
    }
}
