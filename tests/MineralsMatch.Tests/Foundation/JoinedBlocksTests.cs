using MineralsMatch.Collections;

namespace MineralsMatch.Tests.Foundation;

/// <summary>Block lists read as one list (a run's rejections, chunk after chunk): every element by index and in order.</summary>
public sealed class JoinedBlocksTests
{
    [TestCase(new int[0])]
    [TestCase(new[] { 0, 0 })]
    [TestCase(new[] { 5 })]
    [TestCase(new[] { 0, 3, 0, 0, 2049, 1, 0 })]
    [TestCase(new[] { 4096, 4095, 1, 0 })]
    public void Every_element_is_read_by_index_and_in_order(int[] counts)
    {
        var next = 0;
        var lists = counts.Select(count =>
        {
            var list = new BlockList<(int Value, long Padding)>();
            for (var x = 0; x < count; x++)
            {
                list.Add((next++, -1));
            }

            return list;
        }).ToArray();

        var joined = new JoinedBlocks<(int Value, long Padding)>(lists);

        Assert.Multiple(() =>
        {
            Assert.That(joined, Has.Count.EqualTo(next));
            Assert.That(Enumerable.Range(0, joined.Count).Select(k => joined[k].Value), Is.EqualTo(Enumerable.Range(0, next)), "by index");
            Assert.That(joined.Select(e => e.Value), Is.EqualTo(Enumerable.Range(0, next)), "enumerated");
            Assert.That(() => joined[next], Throws.InstanceOf<ArgumentOutOfRangeException>(), "past the end");
            Assert.That(() => joined[-1], Throws.InstanceOf<ArgumentOutOfRangeException>(), "before the start");
        });
    }

    [Test]
    public void A_block_list_reads_back_by_index_across_blocks()
    {
        var list = new BlockList<long>();
        for (var k = 0; k < 20_000; k++)
        {
            list.Add(k * 3L);
        }

        Assert.That(Enumerable.Range(0, list.Count).All(k => list[k] == k * 3L), Is.True);
        Assert.That(() => list[20_000], Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
