using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Cli.Commands;
using MineralsMatch.Cli.Terminal;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.OrTools;

namespace MineralsMatch.Cli.Tests;

/// <summary>The application run in-process, for what a separate process cannot easily provoke.</summary>
public class CliApplicationTests
{
    [Test]
    public async Task Crash_shows_one_line_with_the_exception_type_and_exit_3()
    {
        var services = new ServiceCollection()
            .AddSingleton<IMatchingEngine>(new FailingEngine(new InvalidOperationException("solver exploded\nsecond line")))
            .AddMineralsMatch()
            .BuildServiceProvider();
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await new CliApplication(output, error, CliTerminal.Plain, services).RunAsync(["match"]);

        Assert.That(exitCode, Is.EqualTo(3));
        Assert.That(error.ToString(), Is.EqualTo("error: internal error (System.InvalidOperationException): solver exploded second line" + Environment.NewLine));
        Assert.That(output.ToString(), Is.Empty);
    }

    [Test]
    public async Task A_match_cancelled_before_it_starts_exits_130_without_output()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("market.json"), MarketScenarios.JapanKazakhstanJson());
        using var source = new CancellationTokenSource();
        await source.CancelAsync();
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await new CliApplication(output, error, CliTerminal.Plain).RunAsync(["match", folder.File("market.json")], source.Token);

        Assert.That(exitCode, Is.EqualTo(130), error.ToString);
        Assert.That(error.ToString(), Does.StartWith("error: cancelled."));
        Assert.That(output.ToString(), Is.Empty);
    }

    [Test]
    public async Task Cancelled_match_exits_130()
    {
        var services = new ServiceCollection()
            .AddSingleton<IMatchingEngine>(new FailingEngine(new OperationCanceledException()))
            .AddMineralsMatch()
            .BuildServiceProvider();
        var error = new StringWriter();

        var exitCode = await new CliApplication(TextWriter.Null, error, CliTerminal.Plain, services).RunAsync(["match"]);

        Assert.That(exitCode, Is.EqualTo(130));
        Assert.That(error.ToString(), Does.StartWith("error: cancelled."));
    }

    [Test]
    public async Task In_process_json_equals_the_library_rendering()
    {
        var output = new StringWriter();

        var exitCode = await new CliApplication(output, TextWriter.Null).RunAsync(["match", "--format", "json"]);

        // The CLI plans with the exact OR-Tools planner by default; the library does the same once UseOrTools is registered.
        using var provider = new ServiceCollection().AddMineralsMatch(b => b.UseOrTools(MatchEngines.DefaultTimeLimit)).BuildServiceProvider();
        var engine = provider.GetRequiredService<IMatchingEngine>();
        var expected = Results.MatchResultJson.Render(engine.Match(MarketScenarios.JapanKazakhstan(), MarketScenarios.JapanKazakhstanScenario().Options));
        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public async Task Slow_match_shows_a_spinner_on_a_terminal_stderr_and_keeps_stdout_clean()
    {
        var terminal = CliTerminal.Plain with { ErrorIsTerminal = true };
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await new CliApplication(output, error, terminal, Services(new SlowEngine(TimeSpan.FromMilliseconds(1200)))).RunAsync(["match", "--format", "json"]);

        Assert.That(exitCode, Is.EqualTo(0), error.ToString);
        Assert.That(error.ToString(), Does.Contain("Matching japan-kazakhstan"));
        Assert.That(output.ToString(), Is.EqualTo(Results.MatchResultJson.Render(Result.Value)));
    }

    [Test]
    public async Task Slow_match_spinner_names_the_stage_that_is_running()
    {
        var terminal = CliTerminal.Plain with { ErrorIsTerminal = true };
        var error = new StringWriter();

        var exitCode = await new CliApplication(TextWriter.Null, error, terminal, Services(new StagedEngine(TimeSpan.FromMilliseconds(1200)))).RunAsync(["match", "--format", "json"]);

        Assert.That(exitCode, Is.EqualTo(0), error.ToString);
        Assert.That(error.ToString(), Does.Contain("Matching japan-kazakhstan").And.Contain(": planning (3/6)..."));
    }

    [Test]
    public async Task Quick_match_shows_no_spinner_even_on_a_terminal()
    {
        var terminal = CliTerminal.Plain with { ErrorIsTerminal = true };
        var error = new StringWriter();
        _ = Result.Value; // the engine's answer is computed before the clock starts: this test times the CLI's spinner threshold, not planning
        // A first run pays for JIT-compiling loading and rendering; the run under test is the warm one a user's second call gets.
        await new CliApplication(TextWriter.Null, TextWriter.Null, CliTerminal.Plain, Services(new SlowEngine(TimeSpan.Zero))).RunAsync(["match", "--format", "json"]);

        var exitCode = await new CliApplication(TextWriter.Null, error, terminal, Services(new SlowEngine(TimeSpan.Zero))).RunAsync(["match", "--format", "json"]);

        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(error.ToString(), Is.Empty);
    }

    [Test]
    public async Task Slow_match_shows_no_spinner_when_stderr_is_redirected()
    {
        var error = new StringWriter();

        var exitCode = await new CliApplication(TextWriter.Null, error, CliTerminal.Plain, Services(new SlowEngine(TimeSpan.FromMilliseconds(600)))).RunAsync(["match", "--format", "json"]);

        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(error.ToString(), Is.Empty);
    }

    private static readonly Lazy<MatchResult> Result = new(() =>
        MatchingEngine.Create().Match(MarketScenarios.JapanKazakhstan(), MarketScenarios.JapanKazakhstanScenario().Options));

    private static ServiceProvider Services(IMatchingEngine engine) =>
        new ServiceCollection().AddSingleton(engine).AddMineralsMatch().BuildServiceProvider();

    private sealed class SlowEngine(TimeSpan delay) : IMatchingEngine
    {
        public MatchResult Match(Market market, MatchingOptions? options = null, CancellationToken cancellationToken = default)
        {
            Task.Delay(delay, cancellationToken).Wait(cancellationToken);
            return Result.Value;
        }
    }

    // Reports the planning stage, then takes its time, as a long plan would.
    private sealed class StagedEngine(TimeSpan delay) : IMatchingEngine
    {
        public MatchResult Match(Market market, MatchingOptions? options, CancellationToken cancellationToken) =>
            Match(market, options, null, cancellationToken);

        public MatchResult Match(Market market, MatchingOptions? options = null, IProgress<MatchProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            progress?.Report(new MatchProgress(MatchStage.Planning));
            Task.Delay(delay, cancellationToken).Wait(cancellationToken);
            return Result.Value;
        }
    }

    private sealed class FailingEngine(Exception exception) : IMatchingEngine
    {
        public MatchResult Match(Market market, MatchingOptions? options = null, CancellationToken cancellationToken = default) => throw exception;
    }

    [Test]
    public async Task The_tool_runs_in_process_as_the_cli_doc_shows()
    {
        // snippet: cli-in-process
        var output = new StringWriter();
        int exitCode = await new CliApplication(output, Console.Error).RunAsync(["catalog", "--list", "japan-32", "--format", "json"]);
        // end snippet

        Assert.That(exitCode, Is.Zero);
        Assert.That(output.ToString(), Does.Contain("\"count\": 32"));
    }
}
