using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Minerals;
using MineralsMatch.OrTools;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Examples.Examples;

/// <summary>Kazakhstan's 22 raw materials against Japan's demand in the embedded market: coverage per mineral and the KPIs per criticality list.</summary>
public sealed class PortfolioExample : IExample
{
    /// <summary>The catalog list of the materials Kazakhstan produces.</summary>
    public const string KazakhList = "kazakhstan-22";

    /// <summary>The text in the coverage table for a mineral with no requirement in the market.</summary>
    public const string NoDemand = "no demand in scenario";

    /// <inheritdoc />
    public string Name => "portfolio";

    /// <inheritdoc />
    public string Description => "All 22 Kazakh-produced materials against Japan's needs: coverage per mineral and the KPIs per criticality list.";

    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var services = new ServiceCollection().AddMineralsMatch(builder => builder.UseOrTools(TimeSpan.FromSeconds(5))).BuildServiceProvider();
        var engine = services.GetRequiredService<IMatchingEngine>();
        var catalog = services.GetRequiredService<IMineralCatalog>();
        var result = engine.Match(MarketScenarios.JapanKazakhstan());

        var japan = catalog.List("japan-32");
        var kazakh = catalog.List(KazakhList);
        var producedInKz = catalog.ProducedIn("KZ").Intersect(japan).Count();
        output.WriteLine($"{KazakhList}: {Numbers.Digits(kazakh.Count)} minerals; ProducedIn(\"KZ\") within japan-32: {Numbers.Digits(producedInKz)} of {Numbers.Digits(japan.Count)}.");
        output.WriteLine();

        var coverage = result.Kpis.Minerals.ToDictionary(c => c.Mineral, StringComparer.Ordinal);
        var proposalsByMineral = result.Proposals
            .GroupBy(p => catalog.FindProduct(p.Product)?.Mineral ?? p.Product, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var unmetReasons = result.Requirements
            .Where(r => r.Unmet.Amount > 0m && r.Reasons.Count > 0)
            .GroupBy(r => catalog.FindProduct(r.Product)?.Mineral ?? r.Product, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => string.Join(", ", g.Select(r => FileNames.Of(r.Reasons[0].Kind)).Distinct(StringComparer.Ordinal)),
                StringComparer.Ordinal);
        var table = new TextTable("Mineral", "Group", ">Required/yr", ">Met/yr", ">Coverage", ">Proposals", "Main reason unmet");
        foreach (var mineral in kazakh)
        {
            var proposals = Numbers.Digits(proposalsByMineral.GetValueOrDefault(mineral.Id));
            if (coverage.TryGetValue(mineral.Id, out var c) && c.DemandContainedKg > 0m)
            {
                table.Add(mineral.Id, mineral.Group.ToString(), Tonnes(c.DemandContainedKg), Tonnes(c.MetContainedKg), Numbers.Percent(c.DemandMetShare), proposals, unmetReasons.GetValueOrDefault(mineral.Id, string.Empty));
            }
            else
            {
                table.Add(mineral.Id, mineral.Group.ToString(), NoDemand, string.Empty, string.Empty, proposals, string.Empty);
            }
        }

        table.Write(output);
        output.WriteLine("(contained mineral in tonnes; as traded where the catalog gives a product no content)");
        output.WriteLine();

        var kpis = result.Kpis;
        output.WriteLine("KPIs:");
        var summary = new TextTable("KPI", ">Value");
        summary.Add("proposals", Numbers.Digits(kpis.Proposals));
        summary.Add("annual turnover (money)", Numbers.Usd(kpis.AnnualTurnoverUsd));
        summary.Add("annual landed cost (money)", Numbers.Usd(kpis.AnnualLandedCostUsd));
        summary.Add("annual value score (not money)", Numbers.Amount(decimal.Round(kpis.AnnualValueScore, 0)));
        summary.Add("mean share of demand met", Numbers.Percent(kpis.MeanDemandMetShare));
        foreach (var list in kpis.Lists)
        {
            summary.Add($"{list.List} minerals demanded", Numbers.Digits(list.MineralsDemanded));
            summary.Add($"{list.List} fully / partly / not covered", $"{Numbers.Digits(list.FullyCovered)} / {Numbers.Digits(list.PartlyCovered)} / {Numbers.Digits(list.NotCovered)}");
            summary.Add($"{list.List} mean share met", Numbers.Percent(list.MeanDemandMetShare));
        }

        summary.Write(output);
        return 0;
    }

    private static string Tonnes(decimal kilograms) => Numbers.Quantity(Quantity.Kilograms(kilograms).ConvertTo(QuantityUnit.Tonne));
}
