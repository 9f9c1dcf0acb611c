using System.CommandLine;
using MineralsMatch.Cli.Output;
using Spectre.Console;

namespace MineralsMatch.Cli.Commands;

/// <summary>Writes a stress or compare report to standard output, a file, or (csv) a folder, with the tool's exit codes.</summary>
internal static class WhatIfOutput
{
    public static int Write(CliContext context, ParseResult parseResult, FileInfo? output, Action<TextWriter, IAnsiConsole> render)
    {
        if (output is null)
        {
            try
            {
                render(context.Output, context.OutputConsole(parseResult));
                context.Output.Flush();
            }
            catch (IOException ex)
            {
                return context.Fail(ExitCodes.Usage, $"cannot write to standard output: {ex.Message}");
            }

            return ExitCodes.Ok;
        }

        if (!OutputFile.TryWrite(output.FullName, writer => render(writer, context.FileConsole(writer)), out var error))
        {
            return context.Fail(ExitCodes.Usage, error!);
        }

        context.Error.WriteLine($"Wrote {output}");
        return ExitCodes.Ok;
    }

    public static int WriteCsv(CliContext context, FileInfo output, Func<string, IReadOnlyList<string>> write)
    {
        try
        {
            var files = write(output.FullName);
            context.Error.WriteLine($"Wrote {files.Count} CSV files to {output}");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return context.Fail(ExitCodes.Usage, $"cannot write to '{output}': {ex.Message}");
        }
    }
}
