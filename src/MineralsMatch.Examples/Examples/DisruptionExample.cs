using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Examples.Scenarios;
using MineralsMatch.Markets;
using MineralsMatch.OrTools;

namespace MineralsMatch.Examples.Examples;

/// <summary>The embedded market before and after two disruptions: the northern route through Russia closes, then China stops gallium exports.</summary>
public sealed class DisruptionExample : IExample
{
    /// <summary>The gallium product.</summary>
    public const string Gallium = "gallium-4n";

    /// <inheritdoc />
    public string Name => "disruption";

    /// <inheritdoc />
    public string Description => "Close the northern route through Russia, then cut Chinese gallium exports: before/after gallium, value and coverage.";

    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var services = new ServiceCollection().AddMineralsMatch(builder => builder.UseOrTools(TimeSpan.FromSeconds(5))).BuildServiceProvider();
        var engine = services.GetRequiredService<IMatchingEngine>();

        var baseline = MarketScenarios.JapanKazakhstan();
        var northClosed = MarketDisruptions.CloseTransit(baseline, "RU");
        var galliumCut = MarketDisruptions.CutExports(northClosed, "CN", Gallium);
        Market[] markets = [baseline, northClosed, galliumCut];
        var results = markets.Select(m => engine.Match(m)).ToArray();

        output.WriteLine($"1 baseline:        {Numbers.Plain(baseline.Routes.Count)} routes, {Numbers.Plain(baseline.Offers.Count)} offers");
        output.WriteLine($"2 north closed:    routes transiting RU removed ({Numbers.Plain(baseline.Routes.Count - northClosed.Routes.Count)} of {Numbers.Plain(baseline.Routes.Count)})");
        output.WriteLine($"3 + CN gallium cut: offers of {Gallium} from CN producers removed ({Numbers.Plain(northClosed.Offers.Count - galliumCut.Offers.Count)})");
        output.WriteLine();

        var table = new TextTable("Measure", ">1 baseline", ">2 north closed", ">3 + CN gallium cut");
        foreach (var requirement in baseline.Requirements.Where(r => r.Product == Gallium).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            table.Add([$"gallium met: {requirement.Buyer}", .. results.Select(r => Numbers.Quantity(r.Requirements.Single(o => o.Requirement == requirement.Id).Met))]);
        }

        table.Add(["gallium demand met", .. results.Select(r => Numbers.Percent(r.Kpis.Minerals.Single(c => c.Mineral == "gallium").DemandMetShare))]);
        table.Add(["gallium top supplier country", .. results.Select(r => r.Kpis.Minerals.Single(c => c.Mineral == "gallium") is { TopCountry: { } top } g ? $"{top} {Numbers.Percent(g.TopCountryShare ?? 0m)}" : "-")]);
        table.Add(["proposals", .. results.Select(r => Numbers.Plain(r.Kpis.Proposals))]);
        table.Add(["annual value score (not money)", .. results.Select(r => Numbers.Plain(decimal.Round(r.Kpis.AnnualValueScore, 0)))]);
        table.Add(["mean share of demand met", .. results.Select(r => Numbers.Percent(r.Kpis.MeanDemandMetShare))]);
        table.Write(output);

        var throughRussia = results[0].Proposals.Count(p => baseline.Routes.Single(r => r.Id == p.Route).TransitCountries.Contains("RU", StringComparer.Ordinal));
        output.WriteLine();
        output.WriteLine($"Baseline proposals routed through RU: {Numbers.Plain(throughRussia)} (the risk penalty of the Trans-Siberian leg already prices the northern route out).");
        output.WriteLine();
        output.WriteLine("Routes that change (proposal: before -> after):");
        var changes = 0;
        for (var s = 1; s < results.Length; s++)
        {
            foreach (var before in results[s - 1].Proposals)
            {
                var after = results[s].Proposals.SingleOrDefault(p => p.Id == before.Id);
                if (after is null || after.Route != before.Route || after.AnnualVolume != before.AnnualVolume)
                {
                    changes++;
                    output.WriteLine($"  step {Numbers.Plain(s + 1)}: {before.Id} {Numbers.Quantity(before.AnnualVolume)} via {before.Route} -> " +
                        (after is null ? "dropped" : $"{Numbers.Quantity(after.AnnualVolume)} via {after.Route}"));
                }
            }
        }

        if (changes == 0)
        {
            output.WriteLine("  (none)");
        }

        return 0;
    }
}
