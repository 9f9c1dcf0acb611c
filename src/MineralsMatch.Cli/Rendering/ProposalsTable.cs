using System.Globalization;
using MineralsMatch.Contracts;
using MineralsMatch.Formatting;
using MineralsMatch.Markets;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Cli.Rendering;

/// <summary>The proposed contracts as a table: who to whom, what, how much and with what tolerance, when, how shipped, at what price, by which pricing policy, and the negotiation range (seller's to buyer's walk-away price).</summary>
internal static class ProposalsTable
{
    /// <summary>Builds the table.</summary>
    /// <param name="proposals">The proposals, in result order.</param>
    /// <returns>The table.</returns>
    public static TextTable Build(IReadOnlyList<ContractProposal> proposals)
    {
        // Numbers never break across lines; ids wrap when the terminal is narrower than the table.
        var table = new TextTable()
            .Column("Supplier → buyer")
            .Column("Product")
            .Column("Volume/yr", right: true, noWrap: true)
            .Column("Flex", right: true, noWrap: true)
            .Column("Start", noWrap: true)
            .Column("Tenor", noWrap: true)
            .Column("Route")
            .Column("Incoterm")
            .Column("Base price", right: true, noWrap: true)
            .Column("Collar", right: true, noWrap: true)
            .Column("Negotiation", right: true, noWrap: true)
            .Column("Pricing");
        if (proposals.Any(p => p.Terms.FlexibilityLimit is not null))
        {
            table.Caption("* flexibility narrowed below the run's option so that the upper ends of the bands fit a capacity, demand or shared route in some year (--format json names it)");
        }

        foreach (var p in proposals)
        {
            table.Row(
                $"{p.Supplier} → {p.Buyer}",
                p.Product,
                Numbers.Quantity(p.AnnualVolume),
                Flexibility(p.Terms),
                p.StartYear.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{p.TenorYears} y"),
                p.Route,
                p.Terms.Incoterm.Code(),
                Numbers.Price(p.Terms.Base),
                $"{Numbers.Money(p.Terms.Floor.Usd)}–{Numbers.Money(p.Terms.Ceiling.Usd)}",
                p.Negotiation is { } range ? $"{Numbers.Money(range.SellerWalkAway.Usd)}–{Numbers.Money(range.BuyerWalkAway.Usd)}" : "–",
                $"{FileNames.Of(p.Pricing)}, {Pricing(p.Terms)}");
        }

        return table;
    }

    /// <summary>The volume tolerance, starred when a capacity narrowed it below the run's option (the JSON says which).</summary>
    private static string Flexibility(PriceTerms terms) =>
        terms.FlexibilityLimit is null ? ReadableNumbers.Band(terms.VolumeFlexibility) : ReadableNumbers.Band(terms.VolumeFlexibility) + " *";

    /// <remarks>The index name itself is long (<c>gallium-4n price assessment, FCA pavlodar</c>); the JSON and reports carry it.</remarks>
    private static string Pricing(PriceTerms terms) => terms.IndexLinked ? "index" : "fixed";
}
