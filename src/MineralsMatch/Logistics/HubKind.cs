namespace MineralsMatch.Logistics;

/// <summary>What a hub is.</summary>
public enum HubKind
{
    /// <summary>A mine or a processing plant where goods originate.</summary>
    Plant,

    /// <summary>A rail terminal or dry port.</summary>
    RailTerminal,

    /// <summary>A sea or lake port.</summary>
    Port,

    /// <summary>An airport.</summary>
    Airport,

    /// <summary>A warehouse or the buyer's site.</summary>
    Warehouse,
}
