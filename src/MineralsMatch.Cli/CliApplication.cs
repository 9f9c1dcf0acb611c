using System.CommandLine;
using System.CommandLine.Help;
using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Cli.Commands;
using MineralsMatch.Cli.Terminal;

namespace MineralsMatch.Cli;

/// <summary>The <c>mineralsmatch</c> command tree, writing to the given writers so it runs the same in a process and in tests.</summary>
/// <example>
/// <code>
/// var output = new StringWriter();
/// var exitCode = await new CliApplication(output, TextWriter.Null).RunAsync(["catalog", "--list", "japan-32", "--format", "json"]);
/// </code>
/// </example>
public sealed class CliApplication
{
    private const string Description = """
        MineralsMatch: match critical-mineral supply with demand and propose long-term supply contracts.
        """;

    private static readonly string[] Examples =
    [
        "mineralsmatch catalog --list japan-32 --produced-in KZ",
        "mineralsmatch init market.json",
        "mineralsmatch validate market.json",
        "mineralsmatch match market.json --format json --out result.json",
        "mineralsmatch backtest market.json --format json",
        "mineralsmatch stress --samples 1000",
        "mineralsmatch compare before.json after.json",
    ];

    /// <summary>The command name users type.</summary>
    public const string CommandName = "mineralsmatch";

    private readonly CliContext _context;

    /// <summary>Creates the application.</summary>
    /// <param name="output">Standard output: results only.</param>
    /// <param name="error">Standard error: errors, progress and notes.</param>
    /// <param name="terminal">What the output is connected to; <see cref="CliTerminal.Plain"/> when <see langword="null"/>.</param>
    /// <param name="services">
    /// Services holding <see cref="IMatchingEngine"/> and <see cref="IMineralCatalog"/>; when <see langword="null"/>,
    /// those registered by <see cref="MineralsMatchServiceCollectionExtensions.AddMineralsMatch"/> with the embedded defaults.
    /// </param>
    public CliApplication(TextWriter output, TextWriter error, CliTerminal? terminal = null, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        _context = new CliContext(output, error, terminal ?? CliTerminal.Plain, services is null ? DefaultServices : () => services);
    }

    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="cancellationToken">Cancels a running command.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = BuildRootCommand().Parse(args);
        var configuration = new InvocationConfiguration
        {
            // After a parse error the help that follows the errors is part of the error report: standard output carries results only.
            Output = parsed.Errors.Count > 0 && !args.Any(a => a is "--help" or "-h" or "-?") ? _context.Error : _context.Output,
            Error = _context.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return _context.Fail(ExitCodes.Cancelled, "cancelled.");
        }
#pragma warning disable CA1031 // The last line of defence: users see one line and exit code 3, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return _context.Fail(ExitCodes.InternalError, $"internal error ({ex.GetType().FullName}): {OneLine(ex.Message)}");
        }
    }

    /// <summary>Builds the command tree.</summary>
    /// <returns>The root command.</returns>
    /// <remarks>
    /// The root is named <c>mineralsmatch</c> explicitly: <see cref="RootCommand"/> would take the assembly's file name
    /// (<c>MineralsMatch.Cli</c>) for the usage line, so help and version options are added here as RootCommand would.
    /// </remarks>
    internal Command BuildRootCommand()
    {
        var root = new Command(CommandName, Description)
        {
            CatalogCommand.Create(_context),
            ValidateCommand.Create(_context),
            MatchCommand.Create(_context),
            BacktestCommand.Create(_context),
            StressCommand.Create(_context),
            CompareCommand.Create(_context),
            InitCommand.Create(_context),
        };
        var help = new HelpOption();
        help.Action = new HelpWithExamples((HelpAction)help.Action!, _context.Examples);
        _context.AddExamples(root, Examples);
        root.Options.Add(help);
        root.Options.Add(new VersionOption());
        root.Options.Add(_context.NoColor);
        return root;
    }

    private static ServiceProvider DefaultServices() => new ServiceCollection().AddMineralsMatch().BuildServiceProvider();

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
