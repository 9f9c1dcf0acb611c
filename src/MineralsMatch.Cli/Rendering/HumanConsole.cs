using Spectre.Console;

namespace MineralsMatch.Cli.Rendering;

/// <summary>Creates the Spectre consoles that human-readable output is written through.</summary>
/// <remarks>
/// Every console writes to a given <see cref="TextWriter"/> (never the global <see cref="AnsiConsole"/>), so tests can
/// capture it. Environment enrichers are off so output does not change when a CI system is detected; colour and width
/// come from <see cref="Terminal.CliTerminal"/> only.
/// </remarks>
internal static class HumanConsole
{
    /// <summary>Creates a console over <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the text goes.</param>
    /// <param name="color">Whether ANSI colour and styles may be written.</param>
    /// <param name="interactive">Whether the writer is an interactive terminal (live displays such as spinners need one).</param>
    /// <param name="width">The layout width in columns.</param>
    /// <returns>The console.</returns>
    public static IAnsiConsole Create(TextWriter writer, bool color, bool interactive, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        console.Profile.Width = width;
        console.Profile.Capabilities.Unicode = true;
        return console;
    }
}
