using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Comparison;
using MineralsMatch.Minerals;
using MineralsMatch.OrTools;
using MineralsMatch.Policies;
using MineralsMatch.Stress;

namespace MineralsMatch.Examples.Examples;

/// <summary>
/// The embedded market under three cumulative shocks, with the stress-test API: the northern route through Russia closes,
/// China halts gallium to Japan, then the Caspian crossing of the Middle Corridor closes (from the market's stress pack).
/// </summary>
public sealed class DisruptionExample : IExample
{
    /// <summary>The gallium product.</summary>
    public const string Gallium = "gallium-4n";

    /// <inheritdoc />
    public string Name => "disruption";

    /// <inheritdoc />
    public string Description => "Stress tests: close the northern route, halt Chinese gallium, close the Caspian crossing; what moves, what is lost and why.";

    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var services = new ServiceCollection().AddMineralsMatch(builder => builder.UseOrTools(TimeSpan.FromSeconds(5))).BuildServiceProvider();
        var tester = services.GetRequiredService<StressTester>();
        var comparer = services.GetRequiredService<IScenarioComparer>();

        var scenario = MarketScenarios.JapanKazakhstanScenario();
        var baseline = scenario.Market;
        Shock north = new RouteClosure { Hubs = ["vladivostok", "st-petersburg"] };
        Shock galliumHalt = new TradeMeasureShock
        {
            Measure = new TradeMeasure
            {
                Id = "example-cn-gallium-halt", Kind = MeasureKind.ExportBan, Issuer = "CN", Products = ["gallium"], Destinations = ["JP"],
                From = new DateOnly(2026, 1, 1), Source = "MOFCOM-1-2026", Estimate = true,
            },
        };
        var caspian = scenario.Stress.Single(s => s.Name == "caspian-closed").Shocks;
        ShockSet[] steps =
        [
            new() { Name = "2-north-closed", Shocks = [north] },
            new() { Name = "3-cn-gallium-halt", Shocks = [north, galliumHalt] },
            new() { Name = "4-caspian-closed", Shocks = [north, galliumHalt, .. caspian] },
        ];
        var report = tester.Run(baseline, steps, scenario.Options);
        MatchResult[] results = [report.Baseline, .. report.Outcomes.Select(o => o.Result)];
        var northClosed = steps[0].Apply(baseline, MineralCatalog.Default);

        output.WriteLine($"1 baseline:          {Numbers.Digits(baseline.Routes.Count)} routes, {Numbers.Digits(baseline.Offers.Count)} offers");
        output.WriteLine($"2 north closed:      {north.Describe()}: routes transiting RU removed ({Numbers.Digits(baseline.Routes.Count - northClosed.Routes.Count)} of {Numbers.Digits(baseline.Routes.Count)})");
        output.WriteLine($"3 + CN gallium halt: {galliumHalt.Describe()}");
        output.WriteLine($"4 + Caspian closed:  {string.Join("; ", caspian.Select(s => s.Describe()))} (stress test caspian-closed of the embedded market)");
        output.WriteLine();

        var table = new TextTable("Measure", ">1 baseline", ">2 north closed", ">3 + CN gallium halt", ">4 + Caspian closed");
        foreach (var requirement in baseline.Requirements.Where(r => r.Product == Gallium).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            table.Add([$"gallium met: {requirement.Buyer}", .. results.Select(r => Numbers.Quantity(r.Requirements.Single(o => o.Requirement == requirement.Id).Met))]);
        }

        foreach (var mineral in new[] { "gallium", "manganese", "uranium" })
        {
            table.Add([$"{mineral} demand met", .. results.Select(r => Numbers.Percent(r.Kpis.Minerals.Single(c => c.Mineral == mineral).DemandMetShare))]);
        }

        table.Add(["proposals", .. results.Select(r => Numbers.Digits(r.Kpis.Proposals))]);
        table.Add(["annual value score (not money)", .. results.Select(r => Numbers.Amount(decimal.Round(r.Kpis.AnnualValueScore, 0)))]);
        table.Add(["mean share of demand met", .. results.Select(r => Numbers.Percent(r.Kpis.MeanDemandMetShare))]);
        table.Write(output);

        var throughRussia = results[0].Proposals.Count(p => baseline.Routes.Single(r => r.Id == p.Route).TransitCountries.Contains("RU", StringComparer.Ordinal));
        output.WriteLine();
        output.WriteLine($"Baseline proposals routed through RU: {Numbers.Digits(throughRussia)} (the risk penalty of the Trans-Siberian leg already prices the northern route out).");
        output.WriteLine();
        output.WriteLine("What changes at each step, and why:");
        for (var s = 1; s < results.Length; s++)
        {
            var step = comparer.Compare(ResultSnapshot.From(results[s - 1]), ResultSnapshot.From(results[s]));
            if (!step.ChangesPlan)
            {
                output.WriteLine($"  step {Numbers.Digits(s + 1)}: no change");
                continue;
            }

            foreach (var p in step.ProposalsRemoved)
            {
                output.WriteLine($"  step {Numbers.Digits(s + 1)}: {p.Offer}→{p.Requirement} {Numbers.Quantity(p.AnnualVolume)} via {p.Route} -> dropped");
            }

            foreach (var c in step.ProposalsChanged.Where(c => c.Changes.Contains("route") || c.Changes.Contains("volume")))
            {
                output.WriteLine($"  step {Numbers.Digits(s + 1)}: {c.Before.Offer}→{c.Before.Requirement} {Numbers.Quantity(c.Before.AnnualVolume)} via {c.Before.Route} -> {Numbers.Quantity(c.After.AnnualVolume)} via {c.After.Route}");
            }

            foreach (var p in step.ProposalsAdded)
            {
                output.WriteLine($"  step {Numbers.Digits(s + 1)}: {p.Offer}→{p.Requirement} added: {Numbers.Quantity(p.AnnualVolume)} via {p.Route}");
            }

            foreach (var r in step.Requirements)
            {
                output.WriteLine($"    {r.Requirement}: {Numbers.Quantity(r.MetBefore)} -> {Numbers.Quantity(r.MetAfter)} because {r.Reason}");
            }
        }

        return 0;
    }
}
