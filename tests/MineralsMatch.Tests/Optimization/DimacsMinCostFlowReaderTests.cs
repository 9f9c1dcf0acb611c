using MineralsMatch.Optimization;
using NUnit.Framework;

namespace MineralsMatch.Tests.Optimization;

[TestFixture]
public sealed class DimacsMinCostFlowReaderTests
{
    private const string Transport = """
        c two mines, two smelters
        p min 4 4
        n 1 4
        n 2 3
        n 3 -5
        n 4 -2

        a 1 3 0 5 3
        a 1 4 0 5 1
        a 2 3 0 5 2
        a 2 4 0 5 4
        """;

    private static DimacsMinCostFlowSummary Read(string text, NetworkSimplex flow) =>
        DimacsMinCostFlowReader.Read(new StringReader(text), flow);

    [Test]
    public void Good_file_fills_the_solver_with_zero_based_nodes_in_file_order()
    {
        var flow = new NetworkSimplex();

        DimacsMinCostFlowSummary summary = Read(Transport, flow);

        Assert.That(summary, Is.EqualTo(new DimacsMinCostFlowSummary(4, 4)));
        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.Multiple(() =>
        {
            Assert.That(flow.OptimalCost, Is.EqualTo((Int128)14));
            Assert.That(flow.Tail(1), Is.EqualTo(0));
            Assert.That(flow.Head(1), Is.EqualTo(3));
            Assert.That(flow.Supply(2), Is.EqualTo(-5));
        });
    }

    [Test]
    public void Declared_nodes_without_arcs_still_count()
    {
        var flow = new NetworkSimplex();

        Read("p min 6 1\na 1 2 0 3 1\n", flow);

        Assert.That(flow.NodeCount, Is.EqualTo(6));
    }

    [Test]
    public void Writer_output_reads_back_to_the_same_problem()
    {
        var original = new NetworkSimplex();
        Read(Transport, original);
        var text = new StringWriter();

        DimacsMinCostFlowWriter.Write(text, original, "round trip");
        var copy = new NetworkSimplex();
        Read(text.ToString(), copy);

        Assert.That(text.ToString(), Does.StartWith("c round trip\np min 4 4\nn 1 4\n"));
        Assert.That(copy.ArcCount, Is.EqualTo(original.ArcCount));
        for (int a = 0; a < copy.ArcCount; a++)
        {
            Assert.That(
                (copy.Tail(a), copy.Head(a), copy.Capacity(a), copy.UnitCost(a)),
                Is.EqualTo((original.Tail(a), original.Head(a), original.Capacity(a), original.UnitCost(a))));
        }
    }

    [TestCase("a 1 2 0 3 1\n", "line 1: a record before the 'p min' problem line")]
    [TestCase("p max 2 1\n", "line 1: problem type 'max' is not 'min'")]
    [TestCase("p min 2\n", "line 1: expected 'p min NODES ARCS'")]
    [TestCase("c x\np min 2 1\na 1 3 0 3 1\n", "line 3: node id 3 is outside 1..2")]
    [TestCase("p min 2 1\nn 0 5\n", "line 2: node id 0 is outside 1..2")]
    [TestCase("p min 2 1\na 1 2 1 3 1\n", "line 2: lower bound 1 is not supported")]
    [TestCase("p min 2 1\na 1 2 0 -3 1\n", "line 2: capacity -3 is negative")]
    [TestCase("p min 2 1\na 1 2 0 3 x\n", "line 2: cost 'x' is not a 64-bit integer")]
    [TestCase("p min 2 1\na 1 2 0 3\n", "line 2: expected 'a TAIL HEAD LOW CAP COST'")]
    [TestCase("p min 2 1\na 1 2 0 3 1\na 2 1 0 3 1\n", "line 3: more arcs than the 1 declared")]
    [TestCase("p min 2 2\na 1 2 0 3 1\n", "line 2: 1 arcs read but 2 declared")]
    [TestCase("p min 2 1\nx 1\n", "line 2: unknown record 'x'")]
    [TestCase("p min 2 0\np min 2 0\n", "line 2: a second problem line")]
    public void Bad_lines_are_reported_with_their_line_number(string text, string message)
    {
        Assert.That(() => Read(text, new NetworkSimplex()), Throws.InstanceOf<FormatException>().With.Message.Contains(message));
    }

    [Test]
    public void A_file_without_problem_line_is_rejected()
    {
        Assert.That(() => Read("c nothing\n", new NetworkSimplex()), Throws.InstanceOf<FormatException>().With.Message.Contains("no 'p min'"));
    }

    [Test]
    public void A_solver_that_already_holds_a_problem_is_refused()
    {
        var flow = new NetworkSimplex();
        flow.AddArc(0, 1, 1, 1);

        Assert.That(() => Read(Transport, flow), Throws.ArgumentException);
    }
}
