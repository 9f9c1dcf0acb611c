namespace MineralsMatch.Cli;

/// <summary>The process exit codes of <c>mineralsmatch</c>, as documented in <c>--help</c> and <c>docs/cli.md</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The command line was wrong: unknown command or option, bad option value, unknown list, missing <c>--out</c>, a file that would be overwritten without <c>--force</c>.</summary>
    public const int Usage = 1;

    /// <summary>The input was read but is invalid (validation errors with their locations), or could not be read.</summary>
    public const int InvalidInput = 2;

    /// <summary>An unexpected failure inside the tool; the one-line message names the exception type.</summary>
    public const int InternalError = 3;

    /// <summary>The user cancelled the run with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    /// <summary>The exit-code paragraph shown at the end of the root command's description.</summary>
    internal const string HelpText =
        "Exit codes: 0 ok, 1 usage error, 2 invalid input (validation errors), 3 internal error, 130 cancelled.";
}
