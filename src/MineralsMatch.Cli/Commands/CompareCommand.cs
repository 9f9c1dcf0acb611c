using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Cli.Rendering;
using MineralsMatch.Comparison;
using MineralsMatch.Results;
using Spectre.Console;

namespace MineralsMatch.Cli.Commands;

/// <summary><c>mineralsmatch compare A.json B.json</c>: what changes from one result file (written by <c>match --format json</c>) to another.</summary>
internal static class CompareCommand
{
    private static readonly string[] Examples =
    [
        "mineralsmatch match --format json --out before.json",
        "mineralsmatch match changed.json --format json --out after.json",
        "mineralsmatch compare before.json after.json",
        "mineralsmatch compare before.json after.json --format html --out diff.html",
    ];

    private const string Description = """
        Compare two result files written by 'match --format json': contracts added, removed and changed (volume, price, route, start, tenor), requirements whose met volume changes with the reason, coverage and supplier concentration per mineral, and the change in annual value and turnover.
        """;

    public static Command Create(CliContext context)
    {
        var baseline = new Argument<FileInfo>("BASELINE") { Description = "The result before (JSON from match --format json)." };
        var variant = new Argument<FileInfo>("VARIANT") { Description = "The result after." };
        var format = FormatOptions.Create("table", "json", "md", "csv", "html");
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write to this file (a folder for csv) instead of standard output.",
            HelpName = "PATH",
        };
        var command = new Command("compare", Description) { baseline, variant, format, output };
        context.AddExamples(command, Examples);
        command.SetAction(parseResult => Run(context, parseResult, parseResult.GetValue(baseline)!, parseResult.GetValue(variant)!, parseResult.GetValue(format)!, parseResult.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parseResult, FileInfo baseline, FileInfo variant, string format, FileInfo? output)
    {
        if (format == "csv" && output is null)
        {
            return context.Fail(ExitCodes.Usage, "--format csv writes one file per table and needs --out DIR.");
        }

        var snapshots = new ResultSnapshot[2];
        FileInfo[] files = [baseline, variant];
        for (var i = 0; i < files.Length; i++)
        {
            if (output is { } target && string.Equals(Path.GetFullPath(target.FullName), Path.GetFullPath(files[i].FullName), StringComparison.Ordinal))
            {
                return context.Fail(ExitCodes.Usage, $"--out '{target}' is an input result; refusing to overwrite it.");
            }

            try
            {
                snapshots[i] = ResultSnapshotJson.Load(files[i].FullName);
            }
            catch (MineralsMatchValidationException ex)
            {
                return context.Invalid(files[i].Name, ex);
            }
        }

        var comparison = context.Services.GetRequiredService<IScenarioComparer>().Compare(snapshots[0], snapshots[1]);
        if (format == "csv")
        {
            return WhatIfOutput.WriteCsv(context, output!, folder => Reporting.WhatIfCsvReport.WriteDirectory(comparison, folder));
        }

        return WhatIfOutput.Write(context, parseResult, output, (writer, console) => Render(format, comparison, writer, console));
    }

    private static void Render(string format, ScenarioComparison comparison, TextWriter writer, IAnsiConsole console)
    {
        switch (format)
        {
            case "json":
                writer.Write(ComparisonJson.Render(comparison));
                break;
            case "md":
                Reporting.WhatIfMarkdownReport.Write(comparison, writer);
                break;
            case "html":
                Reporting.WhatIfHtmlReport.Write(comparison, writer);
                break;
            default:
                console.MarkupLine($"[bold]{Markup.Escape(comparison.Baseline)}[/] → [bold]{Markup.Escape(comparison.Variant)}[/]");
                ComparisonTables.Write(console, comparison);
                break;
        }
    }
}
