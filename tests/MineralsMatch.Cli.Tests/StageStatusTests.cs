using MineralsMatch.Cli.Progress;
using MineralsMatch.Matching;

namespace MineralsMatch.Cli.Tests;

public sealed class StageStatusTests
{
    [Test]
    public void The_text_names_the_run_until_a_stage_starts_then_the_stage_and_its_number()
    {
        var status = new StageStatus("Matching japan-kazakhstan");
        Assert.That(status.Text, Is.EqualTo("Matching japan-kazakhstan..."));

        ((IProgress<MatchProgress>)status).Report(new MatchProgress(MatchStage.Planning));
        Assert.That(status.Text, Is.EqualTo("Matching japan-kazakhstan: planning (3/6)..."));

        ((IProgress<MatchProgress>)status).Report(new MatchProgress(MatchStage.Explanations));
        Assert.That(status.Text, Is.EqualTo("Matching japan-kazakhstan: explanations (6/6)..."));
    }
}
