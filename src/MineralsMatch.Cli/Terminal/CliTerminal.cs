namespace MineralsMatch.Cli.Terminal;

/// <summary>What the tool knows about where its output goes: terminals, colour and width.</summary>
/// <remarks>
/// Tests construct it directly; <see cref="Detect"/> reads the real console and the environment.
/// Colour is decided once here so every renderer agrees: <c>--no-color</c> and <c>NO_COLOR</c> win over
/// <c>FORCE_COLOR</c>, which wins over terminal detection.
/// </remarks>
public sealed record CliTerminal
{
    /// <summary>The width used when the output is not a terminal and <c>COLUMNS</c> is not set.</summary>
    /// <remarks>Wide, so files and pipes get one table row per line; tables take only the width they need.</remarks>
    public const int DefaultWidth = 200;

    /// <summary>A plain, non-interactive setting: no colour, no spinner, <see cref="DefaultWidth"/> columns.</summary>
    public static CliTerminal Plain { get; } = new();

    /// <summary>Whether standard output is an interactive terminal.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Whether standard error is an interactive terminal (the progress spinner needs one).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Whether <c>NO_COLOR</c> is set to a non-empty value (https://no-color.org).</summary>
    public bool NoColor { get; init; }

    /// <summary>Whether <c>FORCE_COLOR</c> is set to a non-empty value other than <c>0</c>.</summary>
    public bool ForceColor { get; init; }

    /// <summary>The width in columns that tables are laid out for.</summary>
    public int Width { get; init; } = DefaultWidth;

    /// <summary>Reads the console and the environment variables <c>NO_COLOR</c>, <c>FORCE_COLOR</c>, <c>TERM</c> and <c>COLUMNS</c>.</summary>
    /// <returns>The terminal facts of this process.</returns>
    public static CliTerminal Detect()
    {
        var outputIsTerminal = !Console.IsOutputRedirected;
        var force = Environment.GetEnvironmentVariable("FORCE_COLOR");
        return new CliTerminal
        {
            OutputIsTerminal = outputIsTerminal,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
                || string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal),
            ForceColor = !string.IsNullOrEmpty(force) && !string.Equals(force, "0", StringComparison.Ordinal),
            Width = Columns(outputIsTerminal),
        };
    }

    /// <summary>Whether text written for a human to standard output may carry colour and other ANSI styling.</summary>
    /// <param name="noColorOption">Whether <c>--no-color</c> was given.</param>
    /// <returns><see langword="true"/> when styling is allowed.</returns>
    public bool UsesColor(bool noColorOption) => !noColorOption && !NoColor && (ForceColor || OutputIsTerminal);

    private static int Columns(bool outputIsTerminal)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var columns) && columns >= 40)
        {
            return columns;
        }

        if (outputIsTerminal)
        {
            try
            {
                return Math.Max(40, Console.WindowWidth);
            }
            catch (IOException)
            {
                return DefaultWidth;
            }
        }

        return DefaultWidth;
    }
}
