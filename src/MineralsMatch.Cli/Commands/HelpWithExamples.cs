using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace MineralsMatch.Cli.Commands;

/// <summary>The standard help, followed by the examples of the command asked about and the exit codes.</summary>
/// <remarks>
/// Examples live here rather than in the descriptions so the root's command list stays one line per command.
/// </remarks>
internal sealed class HelpWithExamples : SynchronousCommandLineAction
{
    private readonly HelpAction _help;
    private readonly IReadOnlyDictionary<Command, IReadOnlyList<string>> _examples;

    public HelpWithExamples(HelpAction help, IReadOnlyDictionary<Command, IReadOnlyList<string>> examples)
    {
        _help = help;
        _examples = examples;
    }

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var exitCode = _help.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (_examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
        {
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine("  " + example);
            }

            output.WriteLine();
        }

        output.WriteLine(ExitCodes.HelpText);
        return exitCode;
    }
}
