namespace MineralsMatch.Parties;

/// <summary>What a party does in the market; a party may have several roles.</summary>
[Flags]
#pragma warning disable CA1711 // "Roles" is the domain word
public enum PartyRoles
#pragma warning restore CA1711
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>Mines or refines and sells.</summary>
    Producer = 1,

    /// <summary>Buys for its own use or stockpile.</summary>
    Buyer = 2,

    /// <summary>Buys and resells (a trading house).</summary>
    Trader = 4,

    /// <summary>A state agency (stockpiling, finance).</summary>
    Agency = 8,
}
