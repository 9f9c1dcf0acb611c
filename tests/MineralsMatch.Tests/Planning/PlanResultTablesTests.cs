using System.Text.Json;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Planning;
using MineralsMatch.Minerals;
using MineralsMatch.Results;
using MineralsMatch.Tests.Matching;
using NUnit.Framework;

namespace MineralsMatch.Tests.Planning;

/// <summary>The per-year tables of a result and their JSON: offers, requirements and routes by year, and the solver's optimality.</summary>
public sealed class PlanResultTablesTests
{
    private static readonly MatchingEngine Engine = MatchingEngine.Create(TestMarket.Catalog);

    private static MatchResult RampResult() => Engine.Match(
        new TestMarket()
            .Offer("erg", "erg", 15_000m, 200m, change: o => o with { CapacityByYear = new YearlyProfile { StartQuarter = 3, Years = [new YearAmount(2026, 12_000m), new YearAmount(2028, 15_000m)] } })
            .Requirement("mc", "mc-rtm", 15_000m, 300m, change: r => r with { Window = DeliveryWindow.Of(2026, 2040), Tenor = TenorRange.Of(5, 15) })
            .Build(),
        MatchingOptions.Default with { PlanningHorizon = DeliveryWindow.Of(2026, 2030) });

    [Test]
    public void Each_offer_year_shows_its_ramped_capacity_and_never_uses_more()
    {
        var offer = RampResult().Offers.Single();

        Assert.Multiple(() =>
        {
            Assert.That(offer.Years.Select(y => y.Year), Is.EqualTo(new[] { 2026, 2027, 2028, 2029, 2030 }));
            Assert.That(offer.Years.Select(y => y.Capacity), Is.EqualTo(new[] { 6_000m, 12_000m, 15_000m, 15_000m, 15_000m }.Select(Quantity.Kilograms)));
            Assert.That(offer.Years, Has.All.Matches<OfferYear>(y => y != null && y.Used <= y.Capacity && y.Used + y.Unused == y.Capacity));
            Assert.That(offer.Years.Where(y => y.Unused.Amount > 0), Has.All.Matches<OfferYear>(y => y != null && y.Why.Length > 0));
        });
    }

    [Test]
    public void Each_requirement_year_meets_at_most_its_demand_and_matches_the_proposals_schedules()
    {
        var result = RampResult();
        var requirement = result.Requirements.Single();
        var scheduled = result.Proposals.SelectMany(p => p.Schedule).GroupBy(i => i.Year).ToDictionary(g => g.Key, g => g.Sum(i => i.Quantity.Amount));

        Assert.Multiple(() =>
        {
            Assert.That(requirement.Years, Has.All.Matches<RequirementYear>(y => y != null && y.Met <= y.Demand));
            Assert.That(requirement.Years.Select(y => y.Met.Amount), Is.EqualTo(requirement.Years.Select(y => scheduled.GetValueOrDefault(y.Year))));
        });
    }

    [Test]
    public void Json_has_years_for_offers_requirements_and_routes_and_the_solver_optimality()
    {
        var result = RampResult();

        using var json = JsonDocument.Parse(MatchResultJson.Render(result));
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("offers")[0].GetProperty("years")[0].GetProperty("capacity").GetDecimal(), Is.EqualTo(6_000m));
            Assert.That(root.GetProperty("offers")[0].GetProperty("years")[0].GetProperty("used").GetDecimal(), Is.LessThanOrEqualTo(6_000m));
            Assert.That(root.GetProperty("requirements")[0].GetProperty("years").GetArrayLength(), Is.EqualTo(5));
            Assert.That(root.GetProperty("requirements")[0].GetProperty("years")[4].GetProperty("demand").GetDecimal(), Is.EqualTo(15_000m));
            Assert.That(root.GetProperty("routes")[0].GetProperty("years")[0].GetProperty("capacity").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("solver").GetProperty("optimality").GetString(), Is.AnyOf("optimal", "approximate"));
            Assert.That(root.GetProperty("solver").GetProperty("gap").GetDouble(), Is.EqualTo(result.Solver.Gap).Within(1e-6));
            Assert.That(result.Solver.PlanObjective, Is.LessThanOrEqualTo(result.Solver.Bound));
        });
    }

    [Test]
    public void A_one_year_plan_without_binding_minimums_is_optimal_with_one_row_per_table()
    {
        var result = Engine.Match(new TestMarket().Offer("kz", "kz-producer", 10_000m, 200m).Requirement("jp", "jp-buyer", 6_000m, 300m).Build());

        Assert.Multiple(() =>
        {
            Assert.That(result.Solver.Optimality, Is.EqualTo(PlanOptimality.Optimal));
            Assert.That(result.Solver.Gap, Is.Zero);
            Assert.That(result.Offers.Single().Years.Single().Used, Is.EqualTo(Quantity.Kilograms(6_000m)));
            Assert.That(result.Requirements.Single().Years.Single().Met, Is.EqualTo(Quantity.Kilograms(6_000m)));
        });
    }
}
