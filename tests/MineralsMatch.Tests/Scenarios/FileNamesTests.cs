using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Tests.Scenarios;

/// <summary><see cref="FileNames"/> is the one spelling of enumeration values, for files, results, reports and the command line.</summary>
public sealed class FileNamesTests
{
    [Test]
    public void Values_are_spelled_as_files_and_results_write_them()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FileNames.Of(MineralGroup.BaseMetal), Is.EqualTo("base-metal"));
            Assert.That(FileNames.Of(QuantityUnit.Tonne), Is.EqualTo("t"));
            Assert.That(FileNames.Of(Incoterm.Fca), Is.EqualTo("FCA"));
            Assert.That(FileNames.Of(MatchObjective.CoverageFirst), Is.EqualTo("coverage-first"));
            Assert.That(FileNames.Of(PricingPolicy.SellerOptimal), Is.EqualTo("seller-optimal"));
            Assert.That(FileNames.Of(ReasonKind.BelowMinimumVolume), Is.EqualTo("below-minimum-volume"));
            Assert.That(FileNames.Of(MineralsMatch.Stress.PriceSide.Bids), Is.EqualTo("bids"));
            Assert.That(FileNames.Of(HubKind.RailTerminal), Is.EqualTo("rail-terminal"));
        });
    }

    [Test]
    public void Every_spelling_parses_back_to_its_value()
    {
        foreach (var kind in Enum.GetValues<ReasonKind>())
        {
            Assert.That(FileNames.TryParse<ReasonKind>(FileNames.Of(kind), out var parsed), Is.True, kind.ToString());
            Assert.That(parsed, Is.EqualTo(kind));
        }

        Assert.That(FileNames.TryParse<Incoterm>("FCA", out var fca) && fca == Incoterm.Fca, Is.True);
    }

    [Test]
    public void An_unknown_spelling_or_the_dotnet_name_does_not_parse()
    {
        Assert.That(FileNames.TryParse<MatchObjective>("CoverageFirst", out _), Is.False);
        Assert.That(FileNames.TryParse<MatchObjective>("coverage", out _), Is.False);
        Assert.That(FileNames.TryParse<MatchObjective>(null, out _), Is.False);
    }

    [Test]
    public void An_enumeration_with_no_spelling_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FileNames.Of(DayOfWeek.Monday));
    }
}
