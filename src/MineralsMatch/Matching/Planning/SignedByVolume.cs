using System.Collections;

namespace MineralsMatch.Matching.Planning;

/// <summary>
/// Per link, its signed contract or −1, for a plan whose contract c is link c (a one-year plan of every link): the link itself
/// where its annual volume is positive. Read from the plan's volumes, so no array over every link is made or kept.
/// </summary>
/// <param name="annualVolumes">The plan's annual volume per contract, which is per link.</param>
internal sealed class SignedByVolume(IReadOnlyList<long> annualVolumes) : IReadOnlyList<int>
{
    /// <inheritdoc />
    public int Count => annualVolumes.Count;

    /// <inheritdoc />
    public int this[int index] => annualVolumes[index] > 0 ? index : -1;

    /// <inheritdoc />
    public IEnumerator<int> GetEnumerator()
    {
        for (var k = 0; k < Count; k++)
        {
            yield return this[k];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
