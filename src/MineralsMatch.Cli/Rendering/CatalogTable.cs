using MineralsMatch.Cli.Catalog;
using MineralsMatch.Scenarios;
using Spectre.Console;

namespace MineralsMatch.Cli.Rendering;

/// <summary>Writes a catalog selection as a table for people: id, name, symbol, group, production status in one country, products.</summary>
internal static class CatalogTable
{
    /// <summary>The country whose production status is shown when <c>--produced-in</c> is not given.</summary>
    public const string DefaultCountry = "KZ";

    /// <summary>Writes the table and a one-line caption with the count and filters.</summary>
    /// <param name="console">The console.</param>
    /// <param name="selection">The selection.</param>
    public static void Write(IAnsiConsole console, CatalogSelection selection)
    {
        var country = selection.ProducedIn ?? DefaultCountry;
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Id");
        table.AddColumn("Name");
        table.AddColumn("Symbol");
        table.AddColumn("Group");
        table.AddColumn($"{country} status");
        table.AddColumn("Products");
        foreach (var mineral in selection.Minerals)
        {
            var status = selection.Catalog.ProductionOf(mineral.Id)
                .FirstOrDefault(p => string.Equals(p.Country, country, StringComparison.Ordinal)) is { } record
                ? FileNames.Of(record.Status)
                : "-";
            table.AddRow(
                new Text(mineral.Id),
                new Text(mineral.Name),
                new Text(mineral.Symbol),
                new Text(FileNames.Of(mineral.Group)),
                new Text(status),
                new Text(string.Join("\n", mineral.Products.Select(p => p.Id).Order(StringComparer.Ordinal))));
        }

        console.Write(table);
        console.MarkupLine($"[bold]{Markup.Escape(Caption(selection))}[/]");
    }

    private static string Caption(CatalogSelection selection)
    {
        var caption = $"{selection.Minerals.Count} {(selection.Minerals.Count == 1 ? "mineral" : "minerals")}";
        if (selection.List is not null)
        {
            caption += $" on list {selection.List}";
        }

        if (selection.ProducedIn is not null)
        {
            caption += $" produced in {selection.ProducedIn}";
        }

        return caption + ".";
    }
}
