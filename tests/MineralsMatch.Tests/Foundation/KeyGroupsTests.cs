using MineralsMatch.Collections;

namespace MineralsMatch.Tests.Foundation;

/// <summary>Grouping items by key (a network's links by supply and by demand): every group in item order, whichever way the keys lie.</summary>
public sealed class KeyGroupsTests
{
    [TestCase("scattered")]
    [TestCase("rising")]
    [TestCase("runs")]
    public void Every_group_holds_its_items_in_item_order(string shape)
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var random = new Random(seed);
            var groups = random.Next(1, 12);
            var keys = Enumerable.Range(0, random.Next(0, 200)).Select(_ => random.Next(groups)).ToArray();
            if (shape == "rising")
            {
                Array.Sort(keys);
            }
            else if (shape == "runs")
            {
                // Each key's items in one run, the runs in a shuffled key order.
                var order = Enumerable.Range(0, groups).OrderBy(_ => random.Next()).ToArray();
                keys = [.. keys.OrderBy(k => Array.IndexOf(order, k))];
            }

            var grouped = new KeyGroups(groups, keys.Length, k => keys[k]);
            for (var g = -1; g <= groups; g++)
            {
                var expected = Enumerable.Range(0, keys.Length).Where(k => keys[k] == g).ToArray();
                var actual = new List<int>();
                foreach (var item in grouped[g])
                {
                    actual.Add(item);
                }

                Assert.That(actual, Is.EqualTo(expected), $"{shape}, seed {seed}, group {g}");
                Assert.That(grouped[g].Count, Is.EqualTo(expected.Length));
            }
        }
    }
}
