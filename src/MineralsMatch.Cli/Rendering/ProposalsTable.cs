using System.Globalization;
using MineralsMatch.Contracts;
using MineralsMatch.Markets;
using Spectre.Console;

namespace MineralsMatch.Cli.Rendering;

/// <summary>The proposed contracts as a table: who to whom, what, how much, when, how shipped, at what price, by which pricing policy, and the negotiation range (seller's to buyer's walk-away price).</summary>
internal static class ProposalsTable
{
    /// <summary>Builds the table.</summary>
    /// <param name="proposals">The proposals, in result order.</param>
    /// <returns>The table.</returns>
    public static Table Build(IReadOnlyList<ContractProposal> proposals)
    {
        // Numbers never break across lines; ids wrap when the terminal is narrower than the table.
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Supplier → buyer");
        table.AddColumn("Product");
        table.AddColumn(new TableColumn("Volume/yr").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Start").NoWrap());
        table.AddColumn(new TableColumn("Tenor").NoWrap());
        table.AddColumn("Route");
        table.AddColumn("Incoterm");
        table.AddColumn(new TableColumn("Base price").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Collar").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Negotiation").RightAligned().NoWrap());
        table.AddColumn("Pricing");
        foreach (var p in proposals)
        {
            table.AddRow(
                new Text($"{p.Supplier} → {p.Buyer}"),
                new Text(p.Product),
                new Text(Numbers.Quantity(p.AnnualVolume)),
                new Text(p.StartYear.ToString(CultureInfo.InvariantCulture)),
                new Text(string.Create(CultureInfo.InvariantCulture, $"{p.TenorYears} y")),
                new Text(p.Route),
                new Text(p.Terms.Incoterm.Code()),
                new Text(Numbers.Price(p.Terms.Base)),
                new Text($"{Numbers.Money(p.Terms.Floor.Usd)}–{Numbers.Money(p.Terms.Ceiling.Usd)}"),
                new Text(p.Negotiation is { } range ? $"{Numbers.Money(range.SellerWalkAway.Usd)}–{Numbers.Money(range.BuyerWalkAway.Usd)}" : "–"),
                new Text($"{Matching.PricingPolicies.Name(p.Pricing)}, {Pricing(p.Terms)}"));
        }

        return table;
    }

    /// <remarks>The index name itself is long (<c>gallium-4n price assessment, FCA pavlodar</c>); the JSON and reports carry it.</remarks>
    private static string Pricing(PriceTerms terms) => terms.IndexLinked ? "index" : "fixed";
}
