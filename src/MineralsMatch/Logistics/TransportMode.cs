namespace MineralsMatch.Logistics;

/// <summary>How a leg of a route is travelled.</summary>
public enum TransportMode
{
    /// <summary>Rail freight.</summary>
    Rail,

    /// <summary>Deep-sea shipping.</summary>
    Sea,

    /// <summary>A ferry crossing (e.g. the Caspian Sea).</summary>
    Ferry,

    /// <summary>Road haulage.</summary>
    Road,

    /// <summary>Air freight.</summary>
    Air,
}
