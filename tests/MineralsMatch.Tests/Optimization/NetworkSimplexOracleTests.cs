using MineralsMatch.Optimization;
using NUnit.Framework;

namespace MineralsMatch.Tests.Optimization;

[TestFixture]
public sealed class NetworkSimplexOracleTests
{
    private const int InstancesPerBatch = 500;

    // Each batch runs with block search (the default pivot rule), with the nodes renumbered along the tree at every potential
    // move, with candidate-list pricing forced on, with cost scaling (as is and with partial augment) and automatically with
    // the simplex abandoned for cost scaling at once: 2 500 instances per algorithm and rule.
    private static IEnumerable<object[]> Batches() =>
        Enumerable.Range(0, 5).SelectMany(batch => new[] { SolverSetup.Block, SolverSetup.BlockRenumbered, SolverSetup.ListForced, SolverSetup.CostScaling, SolverSetup.CostScalingAugment, SolverSetup.AutomaticSwitched }.Select(setup => new object[] { batch, setup }));

    [TestCaseSource(nameof(Batches))]
    public void Random_problems_match_or_tools_status_and_cost_and_certify_themselves(int batch, string setup)
    {
        NetworkSimplex flow = SolverSetup.Create(setup);

        var counts = new Dictionary<NetworkSimplexStatus, int>();
        int switched = 0;
        int renumbered = 0;
        for (int i = 0; i < InstancesPerBatch; i++)
        {
            ulong seed = (ulong)(batch * InstancesPerBatch + i + 1);
            var problem = RandomFlowProblem.Create(seed);
            flow.Clear();
            problem.LoadInto(flow);
            NetworkSimplexStatus status = flow.Solve();
            var (expectedStatus, expectedCost) = problem.SolveWithOrTools();
            counts[status] = counts.GetValueOrDefault(status) + 1;
            switched += flow.AbandonedPivots > 0 ? 1 : 0;
            renumbered += flow.Renumberings > 0 ? 1 : 0;

            Assert.That(status, Is.EqualTo(expectedStatus), $"seed {seed}: status");
            if (status == NetworkSimplexStatus.Optimal)
            {
                Assert.That(flow.OptimalCost, Is.EqualTo((Int128)expectedCost), $"seed {seed}: optimal cost");
                Assert.That(FlowCertificate.Check(flow), Is.Null, $"seed {seed}: certificate");
            }
        }

        // The generator must keep exercising every outcome the oracle can tell apart.
        Assert.Multiple(() =>
        {
            Assert.That(counts.GetValueOrDefault(NetworkSimplexStatus.Optimal), Is.GreaterThan(InstancesPerBatch / 4), "optimal instances");
            Assert.That(counts.GetValueOrDefault(NetworkSimplexStatus.Infeasible), Is.GreaterThan(InstancesPerBatch / 20), "infeasible instances");
            Assert.That(counts.GetValueOrDefault(NetworkSimplexStatus.Unbalanced), Is.GreaterThan(InstancesPerBatch / 50), "unbalanced instances");
            Assert.That(switched, setup == SolverSetup.AutomaticSwitched ? Is.GreaterThan(InstancesPerBatch / 2) : Is.Zero, "instances where the simplex was abandoned for cost scaling");
            Assert.That(renumbered, setup == SolverSetup.BlockRenumbered ? Is.GreaterThan(InstancesPerBatch / 4) : Is.Zero, "instances where the simplex renumbered its nodes");
        });
    }
}
