using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.OrTools;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Examples.Examples;

/// <summary>Battery-grade manganese sulfate from Taza Metal Technologies: proposals, contained versus gross tonnes, and the diversification cap.</summary>
public sealed class ManganeseSulfateExample : IExample
{
    /// <summary>The battery-grade MnSO4·H2O product.</summary>
    public const string Product = "mnso4-battery";

    /// <summary>Sumitomo Metal Mining's requirement in the embedded market.</summary>
    public const string SumitomoRequirement = "smm-mnso4-battery";

    /// <inheritdoc />
    public string Name => "manganese-sulfate";

    /// <inheritdoc />
    public string Description => "Battery-grade MnSO4·H2O: proposals, contained Mn versus gross tonnes, Sumitomo Metal Mining's diversification cap.";

    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var services = new ServiceCollection().AddMineralsMatch(builder => builder.UseOrTools(TimeSpan.FromSeconds(5))).BuildServiceProvider();
        var engine = services.GetRequiredService<IMatchingEngine>();
        var catalog = services.GetRequiredService<IMineralCatalog>();
        var result = engine.Match(MarketScenarios.JapanKazakhstan());

        var product = catalog.FindProduct(Product) ?? throw new InvalidOperationException($"The catalog has no product {Product}.");
        var assay = Assay.Of(product.Content ?? throw new InvalidOperationException($"{Product} has no Mn content in the catalog."));
        output.WriteLine($"{product.Name}: priced per gross {product.PricingUnit.Symbol()}, {assay} Mn");
        output.WriteLine();

        var proposals = result.Proposals.Where(p => p.Product == Product).ToList();
        output.WriteLine("Proposals:");
        ProposalTable.Write(proposals, output);
        output.WriteLine();

        output.WriteLine("Contained manganese (gross × assay):");
        var units = new TextTable("Buyer", ">Gross MnSO4·H2O/yr", ">Assay", ">Contained Mn/yr");
        foreach (var p in proposals)
        {
            units.Add(p.Buyer, Numbers.Quantity(p.AnnualVolume), assay.ToString(), Numbers.Quantity(assay.Contained(p.AnnualVolume)));
        }

        var gross = proposals.Aggregate(Quantity.Zero(product.PricingUnit), (sum, p) => sum + p.AnnualVolume);
        units.Add("total", Numbers.Quantity(gross), assay.ToString(), Numbers.Quantity(assay.Contained(gross)));
        units.Write(output);
        output.WriteLine();

        var smm = result.Requirements.Single(r => r.Requirement == SumitomoRequirement);
        output.WriteLine(
            $"Sumitomo Metal Mining wants {Numbers.Quantity(smm.Target)}/yr, gets {Numbers.Quantity(smm.Met)} ({Numbers.Percent(smm.Met.Amount / smm.Target.Amount)}); " +
            $"unmet {Numbers.Quantity(smm.Unmet)} ({Numbers.Percent(smm.Unmet.Amount / smm.Target.Amount)}).");
        foreach (var reason in smm.Reasons)
        {
            output.WriteLine($"  - [{FileNames.Of(reason.Kind)}] {reason.Message}");
        }

        return 0;
    }
}
