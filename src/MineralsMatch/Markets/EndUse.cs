namespace MineralsMatch.Markets;

/// <summary>What a buyer uses a product for; end-use trade measures (e.g. a ban on military end uses) bite on it.</summary>
public enum EndUse
{
    /// <summary>Civil industry (the default when a requirement states no end use).</summary>
    Civil,

    /// <summary>Defence: military end users and end uses that add to military capability.</summary>
    Defence,

    /// <summary>A national stockpile.</summary>
    Stockpile,
}
