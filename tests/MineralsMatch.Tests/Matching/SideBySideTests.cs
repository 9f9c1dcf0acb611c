using MineralsMatch.Matching.Parallelism;

namespace MineralsMatch.Tests.Matching;

/// <summary>Two pieces of work beside each other give what running them one after the other gives, failures included.</summary>
public sealed class SideBySideTests
{
    [TestCase(1)]
    [TestCase(2)]
    public void Both_results_come_back_in_place(int degree)
    {
        var (main, side) = SideBySide.Run(degree, () => 6 * 7, () => "side");

        Assert.That((main, side), Is.EqualTo((42, "side")));
    }

    [Test]
    public void The_side_runs_on_another_thread_only_when_more_than_one_may_be_used()
    {
        var caller = Environment.CurrentManagedThreadId;

        var (_, one) = SideBySide.Run(1, () => 0, () => Environment.CurrentManagedThreadId);
        using var started = new ManualResetEventSlim();
        // The main work waits for the side to start: that returns only if the two run at the same time.
        var (_, two) = SideBySide.Run(2, () => started.Wait(TimeSpan.FromSeconds(30)), () =>
        {
            started.Set();
            return Environment.CurrentManagedThreadId;
        });

        Assert.That(one, Is.EqualTo(caller));
        Assert.That(two, Is.Not.EqualTo(caller));
    }

    [TestCase(1)]
    [TestCase(2)]
    public void A_failure_of_the_main_work_wins_and_the_side_has_finished_when_it_surfaces(int degree)
    {
        var sideDone = false;
        var error = Assert.Throws<InvalidOperationException>(() => SideBySide.Run<int, int>(
            degree,
            () => throw new InvalidOperationException("main"),
            () =>
            {
                Thread.Sleep(50);
                sideDone = true;
                throw new ArgumentException("side");
            }));

        Assert.That(error!.Message, Is.EqualTo("main"));
        Assert.That(Volatile.Read(ref sideDone), Is.EqualTo(degree > 1), "one thread stops at the first failure, as a sequential run does");
    }

    [TestCase(1)]
    [TestCase(2)]
    public void A_failure_of_the_side_surfaces_as_itself_not_wrapped(int degree)
    {
        var error = Assert.Throws<OperationCanceledException>(() => SideBySide.Run<int, int>(degree, () => 1, () => throw new OperationCanceledException("side")));

        Assert.That(error!.Message, Is.EqualTo("side"));
    }
}
