using MineralsMatch.Cli.Rendering;
using MineralsMatch.Contracts;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Planning;
using MineralsMatch.Minerals;

namespace MineralsMatch.Cli.Tests;

public class YearlyViewTests
{
    private static readonly MatchResult Embedded = MatchingEngine.Create().Match(MarketScenarios.JapanKazakhstan(), MarketScenarios.JapanKazakhstanScenario().Options);

    private static ContractProposal WithYears(params (int Year, decimal Kg)[] years) => Embedded.Proposals[0] with
    {
        AnnualVolume = Quantity.Kilograms(1000m),
        Schedule = [.. years.SelectMany(y => Enumerable.Range(1, 4).Select(q => new DeliveryInstalment(y.Year, q, Quantity.Kilograms(y.Kg / 4))))],
    };

    [Test]
    public void Yearly_deliveries_merge_runs_of_equal_years_into_one_compact_line()
    {
        var proposal = WithYears((2027, 1000m), (2028, 1000m), (2029, 1000m), (2030, 1200m), (2031, 1200m), (2032, 600m));

        Assert.That(YearlyDeliveriesTable.Runs(proposal), Is.EqualTo("2027–2029 1,000 kg · 2030–2031 1,200 kg · 2032 600 kg"));
    }

    [Test]
    public void A_year_without_deliveries_inside_the_span_shows_as_zero()
    {
        var proposal = WithYears((2027, 500m), (2029, 500m));

        Assert.That(YearlyDeliveriesTable.Runs(proposal), Is.EqualTo("2027 500 kg · 2028 0 kg · 2029 500 kg"));
    }

    [Test]
    public void Plan_line_names_horizon_planner_and_optimality_or_gap()
    {
        var solver = Embedded.Solver with { Planner = "network-simplex-by-year", FirstYear = 2026, LastYear = 2040 };

        Assert.That(MatchReport.PlanLine(solver with { Optimality = PlanOptimality.Optimal }), Is.EqualTo("Plan 2026–2040 by network-simplex-by-year: optimal"));
        Assert.That(
            MatchReport.PlanLine(solver with { Optimality = PlanOptimality.Approximate, Gap = 0.01234 }),
            Is.EqualTo("Plan 2026–2040 by network-simplex-by-year: approximate, gap 1.23 % to the proven bound"));
    }
}
