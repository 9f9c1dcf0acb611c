using MineralsMatch.Minerals;

namespace MineralsMatch.Reporting.Sankey;

/// <summary>A flow between two adjacent columns: producer → route or route → buyer, summed over the proposals that take it.</summary>
internal sealed class SankeyLink(SankeyNode source, SankeyNode target)
{
    /// <summary>The left node.</summary>
    public SankeyNode Source { get; } = source;

    /// <summary>The right node.</summary>
    public SankeyNode Target { get; } = target;

    /// <summary>The annual traded value, USD at base price.</summary>
    public decimal Value { get; set; }

    /// <summary>Whether the flow is one a variant lost (drawn dashed, in red).</summary>
    public bool Lost { get; init; }

    /// <summary>The annual volume per unit (volumes in different units are kept apart).</summary>
    public SortedDictionary<QuantityUnit, decimal> Volumes { get; } = [];

    /// <summary>The value each supplier contributes, by supplier id (ordinal order).</summary>
    public SortedDictionary<string, decimal> BySupplier { get; } = new(StringComparer.Ordinal);

    /// <summary>The buyers this flow reaches, by id (ordinal order).</summary>
    public SortedSet<string> Buyers { get; } = new(StringComparer.Ordinal);

    /// <summary>The stroke width, proportional to <see cref="Value"/>.</summary>
    public double Width { get; set; }

    /// <summary>The y of the band's centre where it leaves the source.</summary>
    public double SourceY { get; set; }

    /// <summary>The y of the band's centre where it enters the target.</summary>
    public double TargetY { get; set; }

    /// <summary>The stroke colour.</summary>
    public string Color { get; set; } = "#9ca3af";

    /// <summary>The supplier contributing the most value (ties to the smaller id).</summary>
    public string MainSupplier => BySupplier.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
}
