namespace MineralsMatch.Optimization;

/// <summary>
/// One arc of cost scaling's residual network. The fields the discharge, relabel and price-update
/// loops read together sit in one 24-byte record, so a scan touches one stream of memory instead
/// of four arrays, and a push finds the pair's residual in a single cache line.
/// </summary>
internal struct ResidualArc
{
    /// <summary>The scaled cost (the pair's is its negation).</summary>
    public long Cost;

    /// <summary>The residual capacity.</summary>
    public long Residual;

    /// <summary>The node the arc enters.</summary>
    public int Head;

    /// <summary>The index of the reverse arc.</summary>
    public int Pair;
}
