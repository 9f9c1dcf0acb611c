using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Cli.Output;
using MineralsMatch.Cli.Progress;
using MineralsMatch.Cli.Rendering;
using MineralsMatch.Comparison;
using MineralsMatch.Matching;
using MineralsMatch.Results;
using MineralsMatch.Risk;
using MineralsMatch.Scenarios;
using MineralsMatch.Stress;
using Spectre.Console;

namespace MineralsMatch.Cli.Commands;

/// <summary><c>mineralsmatch stress</c>: the scenario's stress tests against its baseline plan, and optionally Monte Carlo supply risk.</summary>
internal static class StressCommand
{
    private static readonly string[] Examples =
    [
        "mineralsmatch stress",
        "mineralsmatch stress --shock caspian-closed --shock erg-gallium-delay",
        "mineralsmatch stress --samples 1000 --seed 7",
        "mineralsmatch stress market.json --format json --out stress.json",
        "mineralsmatch stress --samples 1000 --format html --out stress.html",
    ];

    private const string Description = """
        Run the scenario's stress tests (its 'stress' section): plan the market as given and under each shock set, and show which contracts move to another route or disappear, which requirements lose supply and why, and how coverage per mineral changes. With --samples, also a seeded Monte Carlo supply-risk run in which each set strikes with its yearly probability. Without SCENARIO, the embedded Japan-Kazakhstan market and its stress pack.
        """;

    public static Command Create(CliContext context)
    {
        var scenarioFile = new Argument<FileInfo?>("SCENARIO")
        {
            Description = "The scenario JSON file; the embedded Japan-Kazakhstan market when omitted.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var shocks = new Option<string[]>("--shock", "-s")
        {
            Description = "Run only this stress test (by name); repeat for several. All of them when omitted.",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = false,
        };
        var samples = new Option<int>("--samples", "-n")
        {
            Description = "Monte Carlo samples for supply risk (0 = none, the default; at most 1000000).",
            HelpName = "N",
        };
        samples.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is var n && (n < 0 || n > SupplyRiskOptions.MaxSamples))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--samples must be between 0 and {SupplyRiskOptions.MaxSamples} (was {n})."));
            }
        });
        var seed = new Option<long>("--seed")
        {
            Description = "The Monte Carlo seed: the same seed gives the same numbers whatever the thread count.",
            DefaultValueFactory = _ => 1,
            HelpName = "S",
        };
        var format = FormatOptions.Create("table", "json", "md", "csv", "html");
        var planner = new Option<string>("--planner")
        {
            Description = "exact (OR-Tools; the default) or approximate (the managed network planner) for the baseline and each stress test.",
            DefaultValueFactory = _ => "exact",
        };
        planner.AcceptOnlyFromAmong("exact", "approximate");
        var samplePlanner = new Option<string>("--sample-planner")
        {
            Description = "The planner of the Monte Carlo samples: approximate (the default: 1000 samples of the embedded pack in about 2 s) or exact (about 7 times slower).",
            DefaultValueFactory = _ => "approximate",
        };
        samplePlanner.AcceptOnlyFromAmong("exact", "approximate");
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write to this file (a folder for csv) instead of standard output.",
            HelpName = "PATH",
        };
        var command = new Command("stress", Description) { scenarioFile, shocks, samples, seed, format, planner, samplePlanner, output };
        context.AddExamples(command, Examples);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            context,
            parseResult,
            parseResult.GetValue(scenarioFile),
            parseResult.GetValue(shocks) ?? [],
            parseResult.GetValue(samples),
            parseResult.GetValue(seed),
            parseResult.GetValue(format)!,
            parseResult.GetValue(planner)!,
            parseResult.GetValue(samplePlanner)!,
            parseResult.GetValue(output),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, ParseResult parseResult, FileInfo? file, string[] names, int samples, long seed, string format, string plannerName, string samplePlannerName, FileInfo? output, CancellationToken cancellationToken)
    {
        if (format == "csv" && output is null)
        {
            return context.Fail(ExitCodes.Usage, "--format csv writes one file per table and needs --out DIR.");
        }

        if (output is { } target && file is { } input && string.Equals(Path.GetFullPath(target.FullName), Path.GetFullPath(input.FullName), StringComparison.Ordinal))
        {
            return context.Fail(ExitCodes.Usage, $"--out '{target}' is the input scenario; refusing to overwrite it.");
        }

        Scenario scenario;
        try
        {
            scenario = file is not null ? await ScenarioFile.LoadAsync(file.FullName, cancellationToken: cancellationToken).ConfigureAwait(false) : MarketScenarios.JapanKazakhstanScenario();
        }
        catch (MineralsMatchValidationException ex)
        {
            return context.Invalid(file!.Name, ex);
        }

        var available = scenario.Stress.Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
        var unknown = names.Where(n => !available.Contains(n, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            return context.Fail(ExitCodes.Usage, $"unknown stress test '{unknown[0]}'. Available: {(available.Count == 0 ? "none (the scenario has no stress section)" : string.Join(", ", available))}.");
        }

        var sets = names.Length == 0 ? scenario.Stress : [.. scenario.Stress.Where(s => names.Contains(s.Name, StringComparer.Ordinal))];
        if (sets.Count == 0)
        {
            return context.Fail(ExitCodes.Usage, "the scenario has no stress tests (add a 'stress' section; see docs/what-if.md).");
        }

        var engine = MatchEngines.Create(context.Services, plannerName, MatchEngines.DefaultTimeLimit);
        var catalog = context.Services.GetRequiredService<IMineralCatalog>();
        var comparer = context.Services.GetRequiredService<IScenarioComparer>();
        var options = scenario.Options ?? MatchingOptions.Default;
        StressReport report;
        try
        {
            report = await Task.Run(
                () =>
                {
                    StressReport stress;
                    using (var progress = new CountProgress(context.Error, context.Terminal.ErrorIsTerminal, "Stress tests"))
                    {
                        stress = new StressTester(engine, comparer, catalog).Run(
                            scenario.Market, sets, options, new Progress(p => progress.Report((p, sets.Count + 1))), cancellationToken);
                    }

                    if (samples == 0)
                    {
                        return stress;
                    }

                    using var sampling = new CountProgress(context.Error, context.Terminal.ErrorIsTerminal, "Supply risk (distinct plans)");
                    var sampleEngine = samplePlannerName == plannerName ? engine : MatchEngines.Create(context.Services, samplePlannerName, MatchEngines.DefaultTimeLimit);
                    var risk = new SupplyRiskAnalyzer(sampleEngine, catalog).Run(
                        scenario.Market, sets, new SupplyRiskOptions { Samples = samples, Seed = seed }, options, sampling, cancellationToken);
                    return stress with { Risk = risk };
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (MineralsMatchValidationException ex)
        {
            return context.Invalid(file?.Name ?? MarketScenarios.JapanKazakhstanFileName, ex);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Write(context, parseResult, format, output, report);
    }

    private static int Write(CliContext context, ParseResult parseResult, string format, FileInfo? output, StressReport report)
    {
        if (format == "csv")
        {
            return WhatIfOutput.WriteCsv(context, output!, folder => Reporting.WhatIfCsvReport.WriteDirectory(report, folder));
        }

        return WhatIfOutput.Write(context, parseResult, output, (writer, console) => Render(format, report, writer, console));
    }

    private static void Render(string format, StressReport report, TextWriter writer, IAnsiConsole console)
    {
        switch (format)
        {
            case "json":
                writer.Write(StressReportJson.Render(report));
                break;
            case "md":
                Reporting.WhatIfMarkdownReport.Write(report, writer);
                break;
            case "html":
                Reporting.WhatIfHtmlReport.Write(report, writer);
                break;
            default:
                StressReportTables.Write(console, report);
                break;
        }
    }

    // Reports synchronously on the calling thread: Progress<T> would post to the thread pool and could print after the run ends.
    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
