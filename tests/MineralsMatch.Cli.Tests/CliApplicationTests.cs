using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Cli.Terminal;
using MineralsMatch.Markets;
using MineralsMatch.Matching;

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

        var expected = Results.MatchResultJson.Render(MatchingEngine.Create().Match(MarketScenarios.JapanKazakhstan(), MarketScenarios.JapanKazakhstanScenario().Options));
        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output.ToString(), Is.EqualTo(expected));
    }

    private sealed class FailingEngine(Exception exception) : IMatchingEngine
    {
        public MatchResult Match(Market market, MatchingOptions? options = null, CancellationToken cancellationToken = default) => throw exception;
    }
}
