using MineralsMatch.Matching.Planning;

namespace MineralsMatch.Tests.Planning;

/// <summary>
/// What is left of a plan's limits: a contract the planner's fill leaves out as used up (one delivery year, its supply or demand
/// gone) could not be signed at any volume then, nor after more contracts are signed.
/// </summary>
public sealed class PlanStateTests
{
    [Test]
    public void A_contract_reported_used_up_fits_no_volume_now_or_after_more_signings()
    {
        var usedUp = 0;
        for (var seed = 0; seed < 200; seed++)
        {
            var problem = RandomPlanningProblems.Create(seed);
            var state = new PlanState(problem);
            var random = new Random(seed);
            var seen = new HashSet<int>();
            foreach (var c in Enumerable.Range(0, problem.Contracts.Count).OrderBy(_ => random.Next()))
            {
                foreach (var k in seen)
                {
                    Assert.That(state.Fit(k), Is.Zero, $"seed {seed}: contract {k} was used up and stays so");
                }

                if (state.UsedUp(c))
                {
                    usedUp++;
                    seen.Add(c);
                    Assert.That(state.Fit(c), Is.Zero, $"seed {seed}: contract {c}");
                }
                else
                {
                    state.TrySign(c, state.Fit(c));
                }
            }
        }

        Assert.That(usedUp, Is.GreaterThan(100), "the problems use up supplies and demands often enough to test it");
    }

    [Test]
    public void A_whole_year_contract_is_used_up_when_its_supply_or_its_demand_is_and_not_before()
    {
        var problem = new PlanningProblem
        {
            FirstYear = 2026,
            LastYear = 2027,
            Supplies = [new PlanningSupply("s", "p", "KZ", [10, 10])],
            Demands = [new PlanningDemand("a", 5, [10, 10], null, null), new PlanningDemand("b", 5, [4, 10], null, null)],
            Contracts =
            [
                new PlanningContract { Link = 0, Supply = 0, Demand = 0, StartYear = 2026, Tenor = 1, YearShares = [1m], MinAnnual = 0, MaxAnnual = 6, Value = 3 },
                new PlanningContract { Link = 1, Supply = 0, Demand = 1, StartYear = 2026, Tenor = 1, YearShares = [1m], MinAnnual = 0, MaxAnnual = 10, Value = 2 },
                new PlanningContract { Link = 2, Supply = 0, Demand = 0, StartYear = 2026, Tenor = 2, YearShares = [1m, 1m], MinAnnual = 0, MaxAnnual = 10, Value = 1 },
            ],
        };
        var state = new PlanState(problem);

        var contracts = Enumerable.Range(0, problem.Contracts.Count).ToList();
        Assert.That(contracts.Select(state.UsedUp), Is.All.False, "nothing signed yet");
        state.TrySign(1, 4);
        Assert.That(contracts.Select(state.UsedUp), Is.EqualTo(new[] { false, true, false }), "demand b is met");
        state.TrySign(0, 6);
        Assert.Multiple(() =>
        {
            Assert.That(contracts.Select(state.UsedUp), Is.EqualTo(new[] { true, true, false }), "the supply is sold in 2026; a two-year contract is never reported");
            Assert.That(state.Fit(2), Is.Zero);
        });
    }
}
