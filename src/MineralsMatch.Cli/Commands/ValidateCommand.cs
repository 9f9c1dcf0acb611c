using System.CommandLine;
using System.Globalization;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Cli.Commands;

/// <summary><c>mineralsmatch validate FILE</c>: strict load of a scenario file, reporting every error with its location.</summary>
internal static class ValidateCommand
{
    private static readonly string[] Examples =
    [
        "mineralsmatch validate market.json",
        "mineralsmatch init market.json && mineralsmatch validate market.json",
    ];

    private const string Description = """
        Check a scenario file strictly: unknown or duplicate keys, missing values, negative volumes, unknown references. Prints a one-line summary when the file is valid (exit 0); otherwise prints every error as FILE:LINE:COLUMN $.path: message (was value) on standard error (exit 2). A missing or unreadable file is also exit 2.
        """;

    /// <summary>Creates the command.</summary>
    /// <param name="context">The application context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The scenario JSON file." };
        var command = new Command("validate", Description) { file };
        context.AddExamples(command, Examples);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path.ToString())) is { Length: > 0 } shown ? shown : path.ToString();
            Scenario scenario;
            try
            {
                scenario = ScenarioFile.Load(path.FullName);
            }
            catch (MineralsMatchValidationException ex)
            {
                return context.Invalid(name, ex);
            }

            context.Output.WriteLine(Summary(name, scenario));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The one-line summary of a valid scenario.</summary>
    /// <param name="fileName">The file name.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>e.g. <c>market.json: valid scenario 'japan-kazakhstan': 25 parties, 25 hubs, 25 routes, 12 offers, 16 requirements, 9 trade measures, 1 reference deal, 1 baseline, 6 stress tests</c> (trade measures, reference deals, baselines and stress tests only when there are some).</returns>
    internal static string Summary(string fileName, Scenario scenario)
    {
        var market = scenario.Market;
        var optional = string.Concat(
            Some(market.Policies.Count, "trade measure", "trade measures"),
            Some(market.ReferenceDeals.Count, "reference deal", "reference deals"),
            Some(market.BaselineImports.Count, "baseline", "baselines"),
            Some(scenario.Stress.Count, "stress test", "stress tests"));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{fileName}: valid scenario '{market.Name}': {Count(market.Parties.Count, "party", "parties")}, {Count(market.Hubs.Count, "hub", "hubs")}, {Count(market.Routes.Count, "route", "routes")}, {Count(market.Offers.Count, "offer", "offers")}, {Count(market.Requirements.Count, "requirement", "requirements")}{optional}");
    }

    // ", N things" for a count above zero, nothing otherwise.
    private static string Some(int count, string one, string many) => count == 0 ? string.Empty : ", " + Count(count, one, many);

    private static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
