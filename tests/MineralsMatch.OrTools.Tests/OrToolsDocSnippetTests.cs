using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools.Tests;

/// <summary>The C# blocks of docs/ortools.md, compiled and run here (docs snippet tests find them by their markers).</summary>
public class OrToolsDocSnippetTests
{
    [Test]
    public void The_registration_snippet_matches_the_embedded_market_with_the_exact_planner()
    {
        // snippet: ortools-registration
        var provider = new ServiceCollection()
            .AddMineralsMatch(builder => builder.UseOrTools(TimeSpan.FromSeconds(5)))
            .BuildServiceProvider();
        var engine = provider.GetRequiredService<IMatchingEngine>();
        MatchResult result = engine.Match(MarketScenarios.JapanKazakhstan());
        // end snippet

        Assert.That(result.Proposals, Is.Not.Empty);
        Assert.That(provider.GetRequiredService<IContractPlanner>(), Is.InstanceOf<OrToolsContractPlanner>());
        provider.Dispose();
    }

    [Test]
    public void The_options_snippet_registers_a_configured_planner()
    {
        // snippet: ortools-options
        var planner = new OrToolsContractPlanner(new OrToolsPlannerOptions
        {
            TimeLimit = TimeSpan.FromSeconds(30),
            Fallback = new NetworkContractPlanner(),   // null: a built-in LP-and-repair heuristic
        });
        var services = new ServiceCollection().AddMineralsMatch(builder => builder.UsePlanner(planner)).BuildServiceProvider();
        // end snippet

        Assert.That(services.GetRequiredService<IContractPlanner>(), Is.SameAs(planner));
        services.Dispose();
    }
}
