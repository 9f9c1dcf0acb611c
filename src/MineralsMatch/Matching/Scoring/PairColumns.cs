using MineralsMatch.Matching.Allocation;

namespace MineralsMatch.Matching.Scoring;

/// <summary>
/// A run's scored pairs as two arrays of the same length, their allocation links and their details, with each offer's and each
/// requirement's least annual volume in steps (a pair's is one of its two sides'). Generation writes each chunk's pairs into its
/// own range and then moves the ranges down over the room left by pairs that did not pass.
/// </summary>
internal sealed class PairColumns
{
    /// <summary>Room for <paramref name="length"/> pairs of offers and requirements with these least annual volumes in steps.</summary>
    public PairColumns(int length, long[] offerLeast, long[] requirementLeast)
    {
        Links = new AllocationLink[length];
        Details = new PairDetail[length];
        OfferLeast = offerLeast;
        RequirementLeast = requirementLeast;
    }

    /// <summary>Each pair's allocation link (offer, requirement, most steps a year, value per step).</summary>
    public AllocationLink[] Links { get; }

    /// <summary>Each pair's detail.</summary>
    public PairDetail[] Details { get; }

    /// <summary>Per offer, its least annual volume per contract in steps of its product's pricing unit (rounded up).</summary>
    public long[] OfferLeast { get; }

    /// <summary>Per requirement, its least annual volume per contract in steps of its product's pricing unit (rounded up).</summary>
    public long[] RequirementLeast { get; }

    /// <summary>The number of places.</summary>
    public int Length => Links.Length;

    /// <summary>The pair at <paramref name="index"/>.</summary>
    public ScoredPair this[int index] => new(Links[index], Details[index], MinSteps(index));

    /// <summary>The least annual volume of the pair at <paramref name="index"/>, in steps.</summary>
    public long MinSteps(int index) =>
        Details[index].LeastByOffer ? OfferLeast[Links[index].Supply] : RequirementLeast[Links[index].Demand];

    /// <summary>The pairs at <paramref name="indices"/>, in that order, as new columns.</summary>
    public PairColumns Select(ReadOnlySpan<int> indices)
    {
        var selected = new PairColumns(indices.Length, OfferLeast, RequirementLeast);
        for (var k = 0; k < indices.Length; k++)
        {
            selected.Set(k, Links[indices[k]], Details[indices[k]]);
        }

        return selected;
    }

    /// <summary>Writes a pair at <paramref name="index"/>.</summary>
    public void Set(int index, in AllocationLink link, PairDetail detail)
    {
        Links[index] = link;
        Details[index] = detail;
    }

    /// <summary>Moves the <paramref name="count"/> pairs from <paramref name="from"/> on down to <paramref name="to"/> (not above it).</summary>
    public void MoveDown(int from, int to, int count)
    {
        Array.Copy(Links, from, Links, to, count);
        Array.Copy(Details, from, Details, to, count);
    }

    /// <summary>Clears every place from <paramref name="start"/> on.</summary>
    public void ClearFrom(int start)
    {
        Array.Clear(Links, start, Links.Length - start);
        Array.Clear(Details, start, Details.Length - start);
    }
}
