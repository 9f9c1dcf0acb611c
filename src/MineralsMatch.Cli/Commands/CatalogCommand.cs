using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Cli.Catalog;
using MineralsMatch.Cli.Rendering;

namespace MineralsMatch.Cli.Commands;

/// <summary><c>mineralsmatch catalog</c>: the minerals of the embedded catalog, filtered by list and production country.</summary>
internal static class CatalogCommand
{
    private static readonly string[] Examples =
    [
        "mineralsmatch catalog",
        "mineralsmatch catalog --list japan-32 --produced-in KZ",
        "mineralsmatch catalog --list japan-32 --format json > japan-32.json",
    ];

    private const string Description = """
        List the minerals of the embedded catalog, optionally only those on a criticality list and/or produced in a country (both filters together give the intersection).
        """;

    /// <summary>Creates the command.</summary>
    /// <param name="context">The application context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var list = new Option<string?>("--list", "-l")
        {
            Description = "Only minerals on this criticality list, e.g. japan-32, kazakhstan-22.",
            HelpName = "ID",
        };
        var producedIn = new Option<string?>("--produced-in", "-p")
        {
            Description = "Only minerals produced in this country (ISO 3166 alpha-2 code, e.g. KZ).",
            HelpName = "CC",
        };
        var format = FormatOptions.Create("table", "json");
        var command = new Command("catalog", Description) { list, producedIn, format };
        context.AddExamples(command, Examples);
        command.SetAction(parseResult =>
        {
            var catalog = context.Services.GetRequiredService<IMineralCatalog>();
            var selection = CatalogQuery.Select(catalog, parseResult.GetValue(list), parseResult.GetValue(producedIn), out var error);
            if (selection is null)
            {
                return context.Fail(ExitCodes.Usage, error!);
            }

            if (string.Equals(parseResult.GetValue(format), "json", StringComparison.Ordinal))
            {
                context.Output.Write(CatalogJson.Render(selection));
            }
            else
            {
                CatalogTable.Write(context.OutputConsole(parseResult), selection);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
