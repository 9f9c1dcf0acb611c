using MineralsMatch.Collections;

namespace MineralsMatch.Tests.Foundation;

/// <summary>The block list candidate generation keeps its rejections in: every element back, in order, across blocks.</summary>
public sealed class BlockListTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2047)]
    [TestCase(2048)]
    [TestCase(2049)]
    [TestCase(10_000)]
    public void It_copies_back_every_element_in_order(int count)
    {
        var list = new BlockList<(long A, long B, long C, long D)>();
        for (var k = 0; k < count; k++)
        {
            list.Add((k, -k, 2 * k, 3 * k));
        }

        var copy = new (long, long, long, long)[count + 3];
        list.CopyTo(copy, 2);
        Assert.Multiple(() =>
        {
            Assert.That(list.Count, Is.EqualTo(count));
            Assert.That(copy.Skip(2).Take(count), Is.EqualTo(Enumerable.Range(0, count).Select(k => ((long)k, (long)-k, 2L * k, 3L * k))));
            Assert.That(copy[0], Is.EqualTo(default((long, long, long, long))), "nothing before the place asked for");
            Assert.That(copy[^1], Is.EqualTo(default((long, long, long, long))), "nothing after the elements");
        });
    }
}
