using MineralsMatch.Collections;

namespace MineralsMatch.Tests.Foundation;

/// <summary>The sparse list a plan's volumes, deliveries and flows are kept in: it reads, compares and hashes as the dense list of the same elements.</summary>
public sealed class SparseListTests
{
    [TestCase(0, 0)]
    [TestCase(1, 1)]
    [TestCase(64, 3)]
    [TestCase(65, 65)]
    [TestCase(1000, 17)]
    public void It_reads_compares_and_hashes_as_the_dense_list(int count, int stored)
    {
        var random = new Random(count * 31 + stored);
        var indices = Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take(stored).Order().ToArray();
        var values = indices.Select(_ => (long)random.Next(1, 100)).ToArray();
        var dense = new long[count];
        for (var k = 0; k < indices.Length; k++)
        {
            dense[indices[k]] = values[k];
        }

        var sparse = new SparseList<long>(count, 0L, indices, values);
        var list = ValueList<long>.Own(dense);
        Assert.Multiple(() =>
        {
            Assert.That(sparse, Is.EqualTo(dense), "elements, through the enumerator");
            Assert.That(Enumerable.Range(0, count).Select(k => sparse[k]), Is.EqualTo(dense), "elements, through the indexer");
            Assert.That(sparse.Equals(list), Is.True, "equal to the value list");
            Assert.That(list.Equals(sparse), Is.True, "the value list equal to it");
            Assert.That(sparse.GetHashCode(), Is.EqualTo(list.GetHashCode()), "the value list's hash code");
            Assert.That(sparse.StoredIndices.ToArray(), Is.EqualTo(indices));
        });
    }

    [Test]
    public void A_different_element_or_length_is_not_equal()
    {
        var sparse = new SparseList<long>(5, 0L, [1, 3], [7, 9]);
        Assert.Multiple(() =>
        {
            Assert.That(sparse.Equals(ValueList<long>.Own([0, 7, 0, 9, 1])), Is.False);
            Assert.That(sparse.Equals(ValueList<long>.Own([0, 7, 0, 9])), Is.False);
            Assert.That(sparse.Equals(new SparseList<long>(5, 0L, [1, 3], [7, 8])), Is.False);
            Assert.That(sparse.Equals(new SparseList<long>(5, 0L, [1, 3], [7, 9])), Is.True);
        });
    }

    [Test]
    public void An_index_outside_the_list_or_out_of_order_is_refused()
    {
        var sparse = new SparseList<long>(3, 0L, [2], [5]);
        Assert.Multiple(() =>
        {
            Assert.That(() => sparse[3], Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => sparse[-1], Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new SparseList<long>(3, 0L, [3], [5]), Throws.ArgumentException.With.Message.Contains("Index 3 at position 0"));
            Assert.That(() => new SparseList<long>(3, 0L, [1, 1], [5, 6]), Throws.ArgumentException.With.Message.Contains("Index 1 at position 1"));
            Assert.That(() => new SparseList<long>(3, 0L, [1], []), Throws.ArgumentException);
        });
    }

    [Test]
    public void A_value_list_of_an_arrays_first_elements_is_that_list()
    {
        long[] array = [4, 5, 6, 99, 98];
        var prefix = ValueList<long>.Own(array, 3);
        var exact = ValueList<long>.Own([4, 5, 6]);
        Assert.Multiple(() =>
        {
            Assert.That(prefix.Count, Is.EqualTo(3));
            Assert.That(prefix, Is.EqualTo(new long[] { 4, 5, 6 }));
            Assert.That(prefix.Span.ToArray(), Is.EqualTo(new long[] { 4, 5, 6 }));
            Assert.That(prefix.Equals(exact) && exact.Equals(prefix), Is.True);
            Assert.That(prefix.GetHashCode(), Is.EqualTo(exact.GetHashCode()));
            Assert.That(() => prefix[3], Throws.InstanceOf<ArgumentOutOfRangeException>(), "the room after the list is not read");
            Assert.That(prefix.ToString(), Is.EqualTo("[4, 5, 6]"));
            Assert.That(() => ValueList<long>.Own(array, 6), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }
}
