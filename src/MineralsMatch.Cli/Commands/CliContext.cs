using System.CommandLine;
using MineralsMatch.Cli.Rendering;
using MineralsMatch.Cli.Terminal;
using Spectre.Console;

namespace MineralsMatch.Cli.Commands;

/// <summary>What every command needs from the application: its writers, the terminal facts, services and the global options.</summary>
internal sealed class CliContext
{
    private readonly Dictionary<Command, IReadOnlyList<string>> _examples = [];

    private readonly Lazy<IServiceProvider> _services;

    public CliContext(TextWriter output, TextWriter error, CliTerminal terminal, Func<IServiceProvider> services)
    {
        Output = output;
        Error = error;
        Terminal = terminal;
        _services = new Lazy<IServiceProvider>(services);
    }

    /// <summary>Standard output: results only.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: errors, progress and notes such as "wrote FILE".</summary>
    public TextWriter Error { get; }

    /// <summary>The terminal facts.</summary>
    public CliTerminal Terminal { get; }

    /// <summary>The services (matching engine, catalog), built on first use so <c>--help</c> and <c>--version</c> stay quick.</summary>
    public IServiceProvider Services => _services.Value;

    /// <summary>The examples shown at the end of each command's help.</summary>
    public IReadOnlyDictionary<Command, IReadOnlyList<string>> Examples => _examples;

    /// <summary>The global <c>--no-color</c> option.</summary>
    public Option<bool> NoColor { get; } = new("--no-color")
    {
        Description = "Do not colour the output (the NO_COLOR environment variable does the same).",
        Recursive = true,
    };

    /// <summary>A console for human-readable output on standard output.</summary>
    /// <param name="parseResult">The parse result, for <c>--no-color</c>.</param>
    /// <returns>The console.</returns>
    public IAnsiConsole OutputConsole(ParseResult parseResult) =>
        HumanConsole.Create(Output, Terminal.UsesColor(parseResult.GetValue(NoColor)), interactive: false, Terminal.Width);

    /// <summary>A console for human-readable output written to a file: never coloured.</summary>
    /// <param name="writer">The file writer.</param>
    /// <returns>The console.</returns>
    public IAnsiConsole FileConsole(TextWriter writer) => HumanConsole.Create(writer, color: false, interactive: false, Terminal.Width);

    /// <summary>Registers the examples shown in <paramref name="command"/>'s help.</summary>
    /// <param name="command">The command.</param>
    /// <param name="examples">Complete command lines.</param>
    public void AddExamples(Command command, IReadOnlyList<string> examples) => _examples[command] = examples;

    /// <summary>Writes <c>error: message</c> to standard error.</summary>
    /// <param name="exitCode">The exit code to return.</param>
    /// <param name="message">The message.</param>
    /// <returns><paramref name="exitCode"/>.</returns>
    public int Fail(int exitCode, string message)
    {
        Error.WriteLine("error: " + message);
        return exitCode;
    }

    /// <summary>Writes every validation error, one per line, then a count, to standard error.</summary>
    /// <param name="source">The file or input name the errors belong to.</param>
    /// <param name="exception">The validation failure.</param>
    /// <returns><see cref="ExitCodes.InvalidInput"/>.</returns>
    public int Invalid(string source, MineralsMatchValidationException exception)
    {
        foreach (var error in exception.Errors)
        {
            Error.WriteLine(error.ToString());
        }

        var count = exception.Errors.Count;
        Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{source}: {count} {(count == 1 ? "error" : "errors")}"));
        return ExitCodes.InvalidInput;
    }
}
