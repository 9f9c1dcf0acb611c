namespace MineralsMatch.Reporting.Sankey;

/// <summary>The three columns of the flow diagram, left to right.</summary>
internal enum SankeyColumn
{
    /// <summary>Supplying producers.</summary>
    Producer,

    /// <summary>Routes the goods take.</summary>
    Route,

    /// <summary>Buying parties.</summary>
    Buyer,
}
