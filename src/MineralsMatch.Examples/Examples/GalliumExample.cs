using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Markets;
using MineralsMatch.OrTools;

namespace MineralsMatch.Examples.Examples;

/// <summary>Kazakh gallium from Aluminium of Kazakhstan's (ERG) Pavlodar refinery to Japanese buyers, from the embedded market.</summary>
public sealed class GalliumExample : IExample
{
    /// <summary>Aluminium of Kazakhstan's (ERG) gallium offer in the embedded market.</summary>
    public const string AokOffer = "aok-gallium-pavlodar";

    /// <summary>The gallium product.</summary>
    public const string Product = "gallium-4n";

    /// <inheritdoc />
    public string Name => "gallium";

    /// <inheritdoc />
    public string Description => "Aluminium of Kazakhstan's (ERG) Pavlodar gallium (12 rising to 15 t/yr) to Japanese buyers: proposals and unmet gallium demand with reasons.";

    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var services = new ServiceCollection().AddMineralsMatch(builder => builder.UseOrTools(TimeSpan.FromSeconds(5))).BuildServiceProvider();
        var engine = services.GetRequiredService<IMatchingEngine>();
        Market market = MarketScenarios.JapanKazakhstan();
        var result = engine.Match(market);

        var offer = market.Offers.Single(o => o.Id == AokOffer);
        output.WriteLine($"Offer {offer.Id}: {offer.Producer} sells {Numbers.Quantity(offer.AnnualVolume)}/yr of {offer.Product} from {offer.OriginHub}, ask {Numbers.Price(offer.Ask)}, {offer.Window}, tenor {offer.Tenor}");
        output.WriteLine();

        output.WriteLine("Gallium proposals:");
        ProposalTable.Write(result.Proposals.Where(p => p.Product == Product), output);
        output.WriteLine();

        var sold = result.Offers.Single(o => o.Offer == AokOffer);
        output.WriteLine($"Aluminium of Kazakhstan sells {Numbers.Quantity(sold.Sold)} of {Numbers.Quantity(sold.Capacity)}/yr; unsold {Numbers.Quantity(sold.Unsold)}.");
        foreach (var reason in sold.Reasons)
        {
            output.WriteLine($"  - {reason.Message}");
        }

        output.WriteLine();
        output.WriteLine("Unmet gallium demand:");
        UnmetDemandReport.Write(result.Requirements.Where(r => r.Product == Product), output);
        return 0;
    }
}
