using MineralsMatch.Collections;

namespace MineralsMatch.Tests.Foundation;

/// <summary>The planner's "every contract in order" list: the indices themselves, by index and enumerated, with no array.</summary>
public sealed class IndexRangeTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(1000)]
    public void It_holds_the_indices_from_zero(int count)
    {
        var range = new IndexRange(count);

        Assert.Multiple(() =>
        {
            Assert.That(range, Is.EqualTo(Enumerable.Range(0, count)));
            Assert.That(Enumerable.Range(0, count).All(k => range[k] == k), Is.True);
            Assert.That(() => range[count], Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => range[-1], Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void A_negative_count_is_refused() =>
        Assert.That(() => new IndexRange(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
