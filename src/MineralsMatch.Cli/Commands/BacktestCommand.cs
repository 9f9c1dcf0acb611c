using System.CommandLine;
using MineralsMatch.Backtesting;
using MineralsMatch.Cli.Output;
using MineralsMatch.Cli.Rendering;
using MineralsMatch.Matching;
using MineralsMatch.Scenarios;
using Spectre.Console;

namespace MineralsMatch.Cli.Commands;

/// <summary><c>mineralsmatch backtest [SCENARIO]</c>: runs the engine and says per reference deal whether its proposals recover it.</summary>
internal static class BacktestCommand
{
    private static readonly string[] Examples =
    [
        "mineralsmatch backtest",
        "mineralsmatch backtest market.json --format json",
        "mineralsmatch backtest market.json --planner approximate --out backtest.json --format json",
    ];

    private const string Description = """
        Run the engine and check its proposals against the scenario's reference deals (contracts known to have been signed): recovered (same parties, volume within ±15 %, start within one year), partly, or missed, with the engine's reason. Without SCENARIO, the embedded Japan-Kazakhstan market is used.
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
        var format = FormatOptions.Create("table", "json");
        format.Description = "Output format: table (a readable report) or json (deals[] with verdict and reason).";
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write to this file instead of standard output.",
            HelpName = "PATH",
        };
        var planner = new Option<string>("--planner")
        {
            Description = "exact (OR-Tools, the default) or approximate (the managed network planner), as for match.",
            DefaultValueFactory = _ => "exact",
        };
        planner.AcceptOnlyFromAmong("exact", "approximate");
        var command = new Command("backtest", Description) { scenarioFile, format, planner, output };
        context.AddExamples(command, Examples);
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            context,
            parseResult,
            parseResult.GetValue(scenarioFile),
            parseResult.GetValue(format)!,
            parseResult.GetValue(planner)!,
            parseResult.GetValue(output),
            cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parseResult, FileInfo? input, string format, string planner, FileInfo? target, CancellationToken cancellationToken)
    {
        if (target is not null && input is not null && string.Equals(Path.GetFullPath(target.FullName), Path.GetFullPath(input.FullName), StringComparison.Ordinal))
        {
            return context.Fail(ExitCodes.Usage, $"--out '{target}' is the input scenario; refusing to overwrite it.");
        }

        Scenario scenario;
        try
        {
            scenario = input is { } file ? ScenarioFile.Load(file.FullName) : MarketScenarios.JapanKazakhstanScenario();
        }
        catch (MineralsMatchValidationException ex)
        {
            return context.Invalid(input!.Name, ex);
        }

        BacktestResult result;
        try
        {
            var backtester = new Backtester(MatchEngines.Create(context.Services, planner, MatchEngines.DefaultTimeLimit));
            result = backtester.Run(scenario.Market, scenario.Options ?? MatchingOptions.Default, cancellationToken);
        }
        catch (MineralsMatchValidationException ex)
        {
            return context.Invalid(input?.Name ?? MarketScenarios.JapanKazakhstanFileName, ex);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (target is null)
        {
            try
            {
                Render(format, result, context.Output, context.OutputConsole(parseResult));
                context.Output.Flush();
            }
            catch (IOException ex)
            {
                return context.Fail(ExitCodes.Usage, $"cannot write to standard output: {ex.Message}");
            }

            return ExitCodes.Ok;
        }

        if (!OutputFile.TryWrite(target.FullName, writer => Render(format, result, writer, context.FileConsole(writer)), out var error))
        {
            return context.Fail(ExitCodes.Usage, error!);
        }

        context.Error.WriteLine($"Wrote {target}");
        return ExitCodes.Ok;
    }

    private static void Render(string format, BacktestResult result, TextWriter writer, IAnsiConsole console)
    {
        if (format == "json")
        {
            writer.Write(BacktestResultJson.Render(result));
        }
        else
        {
            BacktestReport.Write(console, result);
        }
    }
}
