using MineralsMatch.Matching.Planning;

namespace MineralsMatch.Tests.Planning;

/// <summary>
/// <see cref="PlanningProblem.ThrowIfMalformed"/>: a well-formed problem passes, and each rule's breach is reported naming the
/// field, the rule and the value (the exact planner checks every problem this way before it models it).
/// </summary>
public sealed class PlanningProblemGuardTests
{
    private static readonly PlanningContract Valid = new()
    {
        Link = 0, Supply = 0, Demand = 0, StartYear = 2026, Tenor = 2, YearShares = [1m, 1m], MinAnnual = 1, MaxAnnual = 5, Value = 3, Flexibility = 0.1m, TonnesPerStep = 0.5m,
    };

    private static PlanningProblem Problem(params PlanningContract[] contracts) => new()
    {
        FirstYear = 2026,
        LastYear = 2027,
        Supplies = [new PlanningSupply("s", "p", "KZ", [10, 10])],
        Demands = [new PlanningDemand("d", 1, [8, 8], [4, 4], null)],
        Routes = [new PlanningRoute("r", [30m, 30m])],
        Contracts = contracts,
    };

    [Test]
    public void A_well_formed_problem_passes()
    {
        Assert.DoesNotThrow(() => Problem(Valid, Valid with { Link = 1, Route = 0, StartYear = 2027, Tenor = 1, YearShares = [1m] }).ThrowIfMalformed());
    }

    [TestCase("supply", "Contracts[1].Supply must be an index below 1 (was 3)")]
    [TestCase("demand", "Contracts[1].Demand must be an index below 1 (was -1)")]
    [TestCase("route", "Contracts[1].Route must be -1 or a route index below 1 (was 1)")]
    [TestCase("shares", "Contracts[1].YearShares must hold at least one share between 0 and 1")]
    [TestCase("horizon", "Contracts[1] delivers in 2027–2028, outside the planning horizon 2026–2027")]
    [TestCase("volumes", "Contracts[1].MinAnnual and MaxAnnual must be ≥ 0 (were -2 and 5)")]
    [TestCase("flexibility", "Contracts[1].Flexibility must be in [0, 1) (was 1)")]
    [TestCase("tonnes", "Contracts[1].TonnesPerStep must be ≥ 0 (was -0.5)")]
    public void A_contract_out_of_range_is_reported_with_its_field_rule_and_value(string breach, string message)
    {
        var bad = breach switch
        {
            "supply" => Valid with { Supply = 3 },
            "demand" => Valid with { Demand = -1 },
            "route" => Valid with { Route = 1 },
            "shares" => Valid with { YearShares = [1m, 1.5m] },
            "horizon" => Valid with { StartYear = 2027 },
            "volumes" => Valid with { MinAnnual = -2 },
            "flexibility" => Valid with { Flexibility = 1m },
            _ => Valid with { TonnesPerStep = -0.5m },
        };

        var error = Assert.Throws<ArgumentException>(() => Problem(Valid, bad with { Link = 1 }).ThrowIfMalformed());

        Assert.That(error!.Message, Is.EqualTo($"Invalid planning problem: {message}."));
    }

    [Test]
    public void A_per_year_list_of_the_wrong_length_is_reported()
    {
        var problem = Problem(Valid) with { Supplies = [new PlanningSupply("s", "p", "KZ", [10])] };

        var error = Assert.Throws<ArgumentException>(problem.ThrowIfMalformed);

        Assert.That(error!.Message, Does.Contain("Supplies[0].Capacity must have one entry per planning year (2; had 1)"));
    }

    [Test]
    public void Random_well_formed_problems_pass()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var problem = RandomPlanningProblems.Create(seed);
            Assert.DoesNotThrow(problem.ThrowIfMalformed, $"seed {seed}");
        }
    }
}
