using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Minerals;

namespace MineralsMatch.Tests.DependencyInjection;

public sealed class AddMineralsMatchTwiceTests
{
    [Test]
    public void Two_calls_and_a_configure_give_one_set_of_services_and_honour_the_options()
    {
        var services = new ServiceCollection();
        services.AddMineralsMatch();
        var once = services.Select(d => (d.ServiceType, d.ImplementationType)).Where(d => d.ServiceType != typeof(MineralsMatch.DependencyInjection.CatalogAdditions)).ToList();
        services.AddMineralsMatch();
        services.Configure<MatchingOptions>(o => o.Objective = MatchObjective.CoverageFirst);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var twice = services.Select(d => (d.ServiceType, d.ImplementationType)).Where(d => d.ServiceType != typeof(MineralsMatch.DependencyInjection.CatalogAdditions) && d.ServiceType != typeof(IConfigureOptions<MatchingOptions>)).ToList();
        Assert.That(twice, Is.EqualTo(once));
        foreach (var type in new[] { typeof(IMatchingEngine), typeof(IMineralCatalog), typeof(IAllocationSolver), typeof(IValidateOptions<MatchingOptions>) })
        {
            Assert.That(services.Count(d => d.ServiceType == type), Is.EqualTo(1), type.Name);
        }

        Assert.That(provider.GetRequiredService<IOptions<MatchingOptions>>().Value.Objective, Is.EqualTo(MatchObjective.CoverageFirst));
        Assert.That(provider.GetRequiredService<IMatchingEngine>().Match(MarketScenarios.JapanKazakhstan()).Objective, Is.EqualTo(MatchObjective.CoverageFirst));
        Assert.That(provider.GetRequiredService<IMineralCatalog>(), Is.SameAs(MineralCatalog.Default), "nothing added: the embedded catalog, loaded once");
    }

    [Test]
    public void Each_calls_catalog_additions_count_in_call_order()
    {
        var services = new ServiceCollection()
            .AddMineralsMatch(b => b.AddMineral(new Mineral { Id = "graphite", Name = "Graphite", Symbol = "C", Group = MineralGroup.Battery }))
            .AddMineralsMatch(b => b.AddToList("japan-32", "graphite"));
        using var provider = services.BuildServiceProvider();

        var catalog = provider.GetRequiredService<IMineralCatalog>();

        Assert.That(catalog.List("japan-32").Select(m => m.Id), Does.Contain("graphite"));
        Assert.That(provider.GetRequiredService<IMineralCatalog>(), Is.SameAs(catalog));
    }

    [Test]
    public void Registration_reads_no_file_the_catalog_reads_it_when_first_resolved()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mm-{Guid.NewGuid():N}.json");
        var services = new ServiceCollection().AddMineralsMatch(b => b.AddCatalogFile(path));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<MineralsMatchValidationException>(() => provider.GetRequiredService<IMineralCatalog>());

        Assert.That(error!.Message, Does.Contain(Path.GetFileName(path)));
    }

    [Test]
    public void A_later_calls_solver_replaces_the_default_but_never_the_users_own()
    {
        var mine = new NetworkSimplexAllocationSolver();
        var later = new NetworkSimplexAllocationSolver();
        var services = new ServiceCollection().AddMineralsMatch().AddMineralsMatch(b => b.UseSolver(later));
        var users = new ServiceCollection().AddSingleton<IAllocationSolver>(mine).AddMineralsMatch().AddMineralsMatch(b => b.UseSolver(later));
        using var provider = services.BuildServiceProvider();
        using var usersProvider = users.BuildServiceProvider();

        Assert.That(provider.GetRequiredService<IAllocationSolver>(), Is.SameAs(later));
        Assert.That(services.Count(d => d.ServiceType == typeof(IAllocationSolver)), Is.EqualTo(1));
        Assert.That(usersProvider.GetRequiredService<IAllocationSolver>(), Is.SameAs(mine));
    }

    [Test]
    public void A_rule_added_by_two_calls_runs_once()
    {
        var rule = new AcceptingRule();
        var services = new ServiceCollection().AddMineralsMatch(b => b.AddRule(rule)).AddMineralsMatch(b => b.AddRule(rule));
        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetServices<ICandidateRule>().ToList(), Is.EqualTo(new[] { rule }));
    }

    private sealed class AcceptingRule : ICandidateRule
    {
        public string Name => "accepting";

        public Reason? Check(CandidatePair pair) => null;
    }
}
