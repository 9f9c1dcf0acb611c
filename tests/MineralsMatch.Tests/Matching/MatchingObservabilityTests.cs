using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Planning;
using MineralsMatch.Matching.Terms;
using MineralsMatch.Minerals;

namespace MineralsMatch.Tests.Matching;

public sealed class MatchingObservabilityTests
{
    private static readonly MatchStage[] Stages = Enum.GetValues<MatchStage>();

    private static readonly TestMarket BelowMinimum = new TestMarket()
        .Offer("o1", "erg", 1_500m, 200m)
        .Requirement("r1", "jogmec", 1_000m, 300m)
        .Requirement("r2", "hitachi", 1_000m, 280m, change: r => r with { MinAnnualVolume = Quantity.Kilograms(800m) });

    [Test]
    public void A_logger_receives_every_stage_time_at_debug_in_stage_order()
    {
        var logger = new ListLogger<MatchingEngine>();

        Engine(logger).Match(MarketScenarios.JapanKazakhstan());

        var times = logger.Entries.Where(e => e.EventId == 1).ToList();
        Assert.That(times.Select(e => e.Values["Stage"]).ToArray(), Is.EqualTo(Stages.Cast<object>().ToArray()));
        Assert.That(times.Select(e => e.Level).Distinct().ToArray(), Is.EqualTo(new[] { LogLevel.Debug }));
        Assert.That(times.Select(e => (double)e.Values["ElapsedMilliseconds"]!), Has.All.GreaterThanOrEqualTo(0d));
        Assert.That(times[Array.IndexOf(Stages, MatchStage.Planning)].Message, Does.StartWith("Stage Planning of market ").And.Contain(" took ").And.EndWith(" ms"));
    }

    [Test]
    public void Solver_status_and_the_run_are_logged_at_information()
    {
        var logger = new ListLogger<MatchingEngine>(LogLevel.Information);

        var result = Engine(logger).Match(MarketScenarios.JapanKazakhstan());

        Assert.That(logger.Entries.Select(e => e.EventId).ToArray(), Is.EqualTo(new[] { 4, 5 }), "no Debug entry when Debug is off; nothing dropped here");
        var status = logger.Entries[0];
        Assert.That(status.Level, Is.EqualTo(LogLevel.Information));
        Assert.That(status.Values["Planner"], Is.EqualTo(result.Solver.Planner));
        Assert.That(status.Values["Status"], Is.EqualTo(result.Solver.Status));
        Assert.That(status.Values["Optimality"], Is.EqualTo(result.Solver.Optimality));
        Assert.That(logger.Entries[1].Values["Proposals"], Is.EqualTo(result.Proposals.Count));
    }

    [Test]
    public void Repair_rounds_and_dropped_pairs_are_logged_at_information()
    {
        var engineLog = new ListLogger<MatchingEngine>(LogLevel.Information);
        var plannerLog = new ListLogger<NetworkContractPlanner>(LogLevel.Information);
        var solver = new NetworkSimplexAllocationSolver();
        var engine = new MatchingEngine(TestMarket.Catalog, [], [], solver, new NetworkContractPlanner(solver, plannerLog), new DefaultContractTermsPolicy(), Options.Create(TestMarket.Plain.Value), engineLog);

        var result = engine.Match(BelowMinimum.Build());

        Assert.That(result.Proposals.Select(p => p.Requirement).ToArray(), Is.EqualTo(new[] { "r1" }));
        var repair = plannerLog.Entries.Single();
        Assert.That((repair.Level, repair.EventId), Is.EqualTo((LogLevel.Information, 6)));
        Assert.That(repair.Values["Rounds"], Is.EqualTo(1));
        Assert.That(repair.Values["Dropped"], Is.EqualTo(1));
        var dropped = engineLog.Entries.Single(e => e.EventId == 3);
        Assert.That(dropped.Values["Dropped"], Is.EqualTo(1));
    }

    [Test]
    public void Progress_reports_every_stage_once_in_order()
    {
        var progress = new ListProgress();

        var result = MatchingEngine.Create().Match(MarketScenarios.JapanKazakhstan(), progress: progress);

        Assert.That(result.Proposals, Is.Not.Empty);
        Assert.That(progress.Reports.Select(p => p.Stage).ToArray(), Is.EqualTo(Stages));
        Assert.That(progress.Reports.Select(p => p.Number).ToArray(), Is.EqualTo(Enumerable.Range(1, MatchProgress.StageCount).ToArray()));
    }

    [Test]
    public void Progress_stops_at_the_stage_that_fails()
    {
        var progress = new ListProgress();
        var invalid = new MatchingOptions { BargainingShare = 2m };

        Assert.Throws<MineralsMatchValidationException>(() => MatchingEngine.Create().Match(MarketScenarios.JapanKazakhstan(), invalid, progress));

        Assert.That(progress.Reports.Select(p => p.Stage).ToArray(), Is.EqualTo(new[] { MatchStage.Validation }));
    }

    [Test]
    public void Dependency_injection_hands_the_registered_logger_to_the_engine()
    {
        var logger = new ListLogger<MatchingEngine>();
        using var provider = new ServiceCollection().AddSingleton<ILogger<MatchingEngine>>(logger).AddMineralsMatch().BuildServiceProvider();

        provider.GetRequiredService<IMatchingEngine>().Match(MarketScenarios.JapanKazakhstan());

        Assert.That(logger.Entries.Count(e => e.EventId == 1), Is.EqualTo(MatchProgress.StageCount));
    }

    [Test]
    public void An_engine_that_reports_no_progress_still_matches_through_the_progress_overload()
    {
        IMatchingEngine engine = new PlainEngine(MatchingEngine.Create());
        var progress = new ListProgress();

        var result = engine.Match(MarketScenarios.JapanKazakhstan(), null, progress, CancellationToken.None);

        Assert.That(result.Proposals, Is.Not.Empty);
        Assert.That(progress.Reports, Is.Empty);
    }

    private static MatchingEngine Engine(ILogger<MatchingEngine> logger)
    {
        var solver = new NetworkSimplexAllocationSolver();
        return new MatchingEngine(MineralCatalog.Default, [], [], solver, new NetworkContractPlanner(solver), new DefaultContractTermsPolicy(), Options.Create(MatchingOptions.Default), logger);
    }

    private sealed class ListProgress : IProgress<MatchProgress>
    {
        public List<MatchProgress> Reports { get; } = [];

        public void Report(MatchProgress value) => Reports.Add(value);
    }

    private sealed class PlainEngine(IMatchingEngine inner) : IMatchingEngine
    {
        public MatchResult Match(Market market, MatchingOptions? options, CancellationToken cancellationToken) => inner.Match(market, options, cancellationToken);
    }
}
