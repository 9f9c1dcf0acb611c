using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Cli.Output;
using MineralsMatch.Cli.Progress;
using MineralsMatch.Cli.Rendering;
using MineralsMatch.Matching;
using MineralsMatch.Reporting;
using MineralsMatch.Results;
using MineralsMatch.Scenarios;
using Spectre.Console;

namespace MineralsMatch.Cli.Commands;

/// <summary><c>mineralsmatch match [SCENARIO]</c>: runs the matching engine and writes the proposals in the chosen format.</summary>
internal static class MatchCommand
{
    private static readonly string[] Examples =
    [
        "mineralsmatch match",
        "mineralsmatch match market.json --objective coverage-first",
        "mineralsmatch match market.json --format json --out result.json",
        "mineralsmatch match --format html --out report.html",
        "mineralsmatch match --format csv --out results/",
        "mineralsmatch match market.json --time-limit 30",
        "mineralsmatch match market.json --planner approximate",
        "mineralsmatch match --pricing core",
        "mineralsmatch match --objective stable",
    ];

    private const string Description = """
        Match supply with demand and propose long-term contracts. Without SCENARIO, the embedded Japan-Kazakhstan market is used. The scenario's options apply unless --objective or --pricing override them.
        """;

    /// <summary>Creates the command.</summary>
    /// <param name="context">The application context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var scenarioFile = new Argument<FileInfo?>("SCENARIO")
        {
            Description = "The scenario JSON file; the embedded Japan-Kazakhstan market when omitted.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = FormatOptions.Create("table", "json", "md", "csv", "html");
        format.Description = "Output format: table (a readable report), json (the MatchResult JSON), md (Markdown report), "
            + "html (self-contained HTML report with a Sankey diagram), csv (one file per table; needs --out DIR).";
        var objective = new Option<string?>("--objective")
        {
            Description = "Override the scenario's objective, spelled as in scenario files and JSON: total-value (maximise total value), coverage-first (priority-weighted volume first, then value) or stable (a stable plan of one representative year at pair-split prices, with its certificate and price of stability). The old spellings value and coverage are accepted, with a notice.",
        };
        objective.AcceptOnlyFromAmong([.. ObjectiveNames.Names, .. ObjectiveNames.Aliases.Keys]);
        var pricing = new Option<string?>("--pricing")
        {
            Description = "Override the scenario's pricing policy: pair (each pair splits its surplus), core (competitive prices from the solver's dual: one FCA price per offer), seller-optimal, buyer-optimal or midpoint (points of the core). See docs/pricing.md.",
        };
        pricing.AcceptOnlyFromAmong("pair", "core", "seller-optimal", "buyer-optimal", "midpoint");
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write to this file (a folder for csv) instead of standard output.",
            HelpName = "PATH",
        };
        var planner = new Option<string>("--planner")
        {
            Description = "exact (OR-Tools: proven optimal, or its best plan with the proven gap at the time limit; the default) or approximate (the managed network planner, with its bound).",
            DefaultValueFactory = _ => "exact",
        };
        planner.AcceptOnlyFromAmong("exact", "approximate");
        var timeLimit = new Option<double>("--time-limit")
        {
            Description = "Seconds the exact planner may search before it returns its best plan with the proven gap.",
            DefaultValueFactory = _ => MatchEngines.DefaultTimeLimit.TotalSeconds,
            HelpName = "SECONDS",
        };
        timeLimit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is var seconds && (seconds <= 0 || seconds > 86_400 || double.IsNaN(seconds)))
            {
                result.AddError($"--time-limit must be between 0 and 86400 seconds (was {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}).");
            }
        });
        var command = new Command("match", Description) { scenarioFile, format, objective, pricing, planner, timeLimit, output };
        context.AddExamples(command, Examples);
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, new MatchRequest
        {
            Scenario = parseResult.GetValue(scenarioFile),
            Format = parseResult.GetValue(format)!,
            Objective = parseResult.GetValue(objective),
            Pricing = parseResult.GetValue(pricing),
            Out = parseResult.GetValue(output),
            Planner = parseResult.GetValue(planner)!,
            TimeLimit = TimeSpan.FromSeconds(parseResult.GetValue(timeLimit)),
            ParseResult = parseResult,
        }, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, MatchRequest request, CancellationToken cancellationToken)
    {
        if (request.Format == "csv" && request.Out is null)
        {
            return context.Fail(ExitCodes.Usage, "--format csv writes one file per table and needs --out DIR.");
        }

        if (request.Out is { } target && request.Scenario is { } input && string.Equals(Path.GetFullPath(target.FullName), Path.GetFullPath(input.FullName), StringComparison.Ordinal))
        {
            return context.Fail(ExitCodes.Usage, $"--out '{target}' is the input scenario; refusing to overwrite it.");
        }

        Scenario scenario;
        try
        {
            scenario = request.Scenario is { } file ? await ScenarioFile.LoadAsync(file.FullName, cancellationToken: cancellationToken).ConfigureAwait(false) : MarketScenarios.JapanKazakhstanScenario();
        }
        catch (MineralsMatchValidationException ex)
        {
            return context.Invalid(request.Scenario!.Name, ex);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var options = scenario.Options ?? MatchingOptions.Default;
        if (request.Objective is { } objective)
        {
            var canonical = ObjectiveNames.Canonical(objective);
            if (canonical != objective)
            {
                context.Error.WriteLine($"Note: --objective {objective} is the old spelling of {canonical}; use --objective {canonical}.");
            }

            options = options with { Objective = ObjectiveNames.Parse(canonical) };
        }

        if (request.Pricing is { } name && FileNames.TryParse<PricingPolicy>(name, out var policy))
        {
            options = options with { Pricing = policy };
        }

        var engine = MatchEngines.Create(context.Services, request.Planner, request.TimeLimit);
        MatchResult result;
        try
        {
            var status = new StageStatus($"Matching {scenario.Market.Name}");
            result = await DelayedSpinner.RunAsync(
                ct => engine.Match(scenario.Market, options, status, ct),
                SpinnerConsole(context, request.ParseResult),
                () => status.Text,
                cancellationToken).ConfigureAwait(false);
        }
        catch (MineralsMatchValidationException ex)
        {
            return context.Invalid(request.Scenario?.Name ?? MarketScenarios.JapanKazakhstanFileName, ex);
        }

        // A Ctrl+C that arrived as the engine finished still cancels: exit 130 and write nothing.
        cancellationToken.ThrowIfCancellationRequested();
        return Write(context, request, result);
    }

    private static int Write(CliContext context, MatchRequest request, MatchResult result)
    {
        if (request.Format == "csv")
        {
            try
            {
                var files = CsvReport.WriteDirectory(result, request.Out!.FullName);
                context.Error.WriteLine($"Wrote {files.Count} CSV files to {request.Out}");
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return context.Fail(ExitCodes.Usage, $"cannot write to '{request.Out}': {ex.Message}");
            }
        }

        if (request.Out is null)
        {
            // A failing standard output (a full disk, /dev/full, a closed pipe) is the same error as a failing --out file: exit 1.
            try
            {
                Render(request.Format, result, context.Output, context.OutputConsole(request.ParseResult));
                context.Output.Flush();
            }
            catch (IOException ex)
            {
                return context.Fail(ExitCodes.Usage, $"cannot write to standard output: {ex.Message}");
            }

            return ExitCodes.Ok;
        }

        if (!OutputFile.TryWrite(request.Out.FullName, writer => Render(request.Format, result, writer, context.FileConsole(writer)), out var error))
        {
            return context.Fail(ExitCodes.Usage, error!);
        }

        context.Error.WriteLine($"Wrote {request.Out}");
        return ExitCodes.Ok;
    }

    private static void Render(string format, MatchResult result, TextWriter writer, IAnsiConsole console)
    {
        switch (format)
        {
            case "json":
                writer.Write(MatchResultJson.Render(result));
                break;
            case "md":
                MarkdownReport.Write(result, writer);
                break;
            case "html":
                HtmlReport.Write(result, writer);
                break;
            default:
                MatchReport.Write(console, result);
                break;
        }
    }

    /// <summary>A console on standard error for the progress spinner, or <see langword="null"/> when standard error is not a terminal.</summary>
    private static IAnsiConsole? SpinnerConsole(CliContext context, ParseResult parseResult) =>
        context.Terminal.ErrorIsTerminal
            ? HumanConsole.Create(context.Error, color: !parseResult.GetValue(context.NoColor) && !context.Terminal.NoColor, interactive: true, context.Terminal.Width)
            : null;
}
