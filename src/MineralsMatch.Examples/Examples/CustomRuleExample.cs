using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Examples.Extensions;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.OrTools;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Examples.Examples;

/// <summary>A certification rule and an ESG-premium scorer registered through the builder, run on the embedded market.</summary>
public sealed class CustomRuleExample : IExample
{
    /// <summary>The certification Hitachi asks for in this example.</summary>
    public const string Certification = "RMI-RMAP";

    /// <summary>The requirement given a certification.</summary>
    public const string HitachiRequirement = "hitachi-gallium";

    /// <summary>The offer that holds the certification and an ESG score: Aluminium of Kazakhstan's (ERG) Pavlodar gallium.</summary>
    public const string AokOffer = "aok-gallium-pavlodar";

    /// <inheritdoc />
    public string Name => "custom-rule";

    /// <inheritdoc />
    public string Description => "A DI-registered certification rule and ESG-premium scorer: a rejected pair with its reason, the premium in a value breakdown.";

    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        // snippet: custom-rule-registration
        using var services = new ServiceCollection()
            .AddMineralsMatch(builder => builder
                .AddRule(new CertificationRule())      // Extensions/CertificationRule.cs
                .AddScorer(new EsgPremiumScorer())     // Extensions/EsgPremiumScorer.cs
                .UseOrTools(TimeSpan.FromSeconds(5)))  // the exact planner, as the CLI
            .BuildServiceProvider();
        // end snippet
        var engine = services.GetRequiredService<IMatchingEngine>();
        var market = WithAttributes(MarketScenarios.JapanKazakhstan());

        output.WriteLine($"{HitachiRequirement} requires certification {Certification}; {AokOffer} holds it with ESG score 80; cn-gallium-export holds neither.");
        output.WriteLine();
        var result = engine.Match(market);

        var hitachi = result.Requirements.Single(r => r.Requirement == HitachiRequirement);
        output.WriteLine($"{hitachi.Requirement}: wants {Numbers.Quantity(hitachi.Target)}/yr, met {Numbers.Quantity(hitachi.Met)}, unmet {Numbers.Quantity(hitachi.Unmet)}");
        foreach (var reason in hitachi.Reasons)
        {
            output.WriteLine($"  - [{FileNames.Of(reason.Kind)}] {reason.Message}");
        }

        output.WriteLine();
        // The certified offer sells its whole output to the buyer whose pairing creates the most value, as the real contract does.
        var proposal = result.Proposals.Where(p => p.Offer == AokOffer).OrderByDescending(p => p.AnnualVolume).First();
        output.WriteLine($"Value breakdown of {proposal.Id} ({Numbers.Quantity(proposal.AnnualVolume)}/yr via {proposal.Route}):");
        var table = new TextTable("Component", ">USD/kg", "How");
        foreach (var component in proposal.ValueBreakdown)
        {
            table.Add(component.Name, Usd(component.UsdPerUnit), component.Explanation);
        }

        table.Add("total", Usd(proposal.ValuePerUnit), string.Empty);
        table.Write(output);
        return 0;
    }

    /// <summary>The embedded market with a certification on Hitachi's requirement and a certification and ESG score on Aluminium of Kazakhstan's gallium offer.</summary>
    /// <param name="market">The embedded market.</param>
    /// <returns>The market with the attributes set.</returns>
    public static Market WithAttributes(Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market with
        {
            Offers = [.. market.Offers.Select(o => o.Id == AokOffer
                ? o with { Attributes = new Dictionary<string, string> { [CertificationRule.Attribute] = Certification, [EsgPremiumScorer.Attribute] = "80" } }
                : o)],
            Requirements = [.. market.Requirements.Select(r => r.Id == HitachiRequirement
                ? r with { Attributes = new Dictionary<string, string> { [CertificationRule.Attribute] = Certification } }
                : r)],
        };
    }

    // Three decimals, so the rounded rows add up to the rounded total.
    private static string Usd(decimal value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
