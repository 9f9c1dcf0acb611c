using System.CommandLine;
using MineralsMatch.Cli.Output;

namespace MineralsMatch.Cli.Commands;

/// <summary><c>mineralsmatch init PATH</c>: writes the embedded Japan–Kazakhstan scenario as a starting file.</summary>
internal static class InitCommand
{
    private static readonly string[] Examples =
    [
        "mineralsmatch init market.json",
        "mineralsmatch init market.json --force",
    ];

    private const string Description = """
        Write the embedded Japan-Kazakhstan scenario (parties, hubs, routes, offers, requirements, options) to a file to start from. Refuses to overwrite an existing file unless --force is given (exit 1).
        """;

    /// <summary>Creates the command.</summary>
    /// <param name="context">The application context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var path = new Argument<FileInfo>("PATH") { Description = "Where to write the scenario JSON file." };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("init", Description) { path, force };
        context.AddExamples(command, Examples);
        command.SetAction(parseResult =>
        {
            var target = parseResult.GetValue(path)!;
            if (Directory.Exists(target.FullName))
            {
                return context.Fail(ExitCodes.Usage, $"'{target}' is a directory; give a file name such as {Path.Combine(target.ToString(), "market.json")}.");
            }

            if (target.Exists && !parseResult.GetValue(force))
            {
                return context.Fail(ExitCodes.Usage, $"'{target}' already exists; use --force to overwrite it.");
            }

            if (!OutputFile.TryWrite(target.FullName, MarketScenarios.JapanKazakhstanJson(), out var error))
            {
                return context.Fail(ExitCodes.Usage, error!);
            }

            context.Output.WriteLine($"Wrote {target} (the {MarketScenarios.JapanKazakhstan().Name} scenario). Next: mineralsmatch validate {target}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
