using System.CommandLine;

namespace MineralsMatch.Cli.Commands;

/// <summary>The <c>--format</c> option, shared by the commands that can write more than one format.</summary>
internal static class FormatOptions
{
    /// <summary>Creates a <c>--format</c>/<c>-f</c> option that accepts only <paramref name="formats"/>; the first is the default.</summary>
    /// <param name="formats">The accepted formats, default first.</param>
    /// <returns>The option.</returns>
    public static Option<string> Create(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", formats) + ". Machine formats carry no decoration.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
