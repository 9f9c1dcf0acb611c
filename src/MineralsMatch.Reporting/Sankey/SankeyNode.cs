namespace MineralsMatch.Reporting.Sankey;

/// <summary>A producer, route or buyer in the flow diagram, with the annual value through it and, once laid out, its box.</summary>
internal sealed class SankeyNode(SankeyColumn column, string id)
{
    /// <summary>The column.</summary>
    public SankeyColumn Column { get; } = column;

    /// <summary>The party or route id.</summary>
    public string Id { get; } = id;

    /// <summary>The annual traded value through the node, USD.</summary>
    public decimal Value { get; set; }

    /// <summary>The left edge.</summary>
    public double X { get; set; }

    /// <summary>The top edge.</summary>
    public double Y { get; set; }

    /// <summary>The height, proportional to <see cref="Value"/>.</summary>
    public double Height { get; set; }

    /// <summary>The top of the vertical slot the node and its label occupy.</summary>
    public double SlotTop { get; set; }

    /// <summary>The height of that slot.</summary>
    public double SlotHeight { get; set; }

    /// <summary>The fill colour.</summary>
    public string Color { get; set; } = "#6b7280";
}
