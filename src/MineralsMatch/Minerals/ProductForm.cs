namespace MineralsMatch.Minerals;

/// <summary>The physical form in which a product is traded.</summary>
public enum ProductForm
{
    /// <summary>Refined metal (ingot, pellet, granule).</summary>
    Metal,

    /// <summary>An alloy or master alloy.</summary>
    Alloy,

    /// <summary>An oxide.</summary>
    Oxide,

    /// <summary>A salt such as a sulfate or carbonate.</summary>
    Salt,

    /// <summary>A mineral concentrate.</summary>
    Concentrate,

    /// <summary>Run-of-mine or beneficiated ore.</summary>
    Ore,

    /// <summary>Another chemical compound.</summary>
    Compound,

    /// <summary>Metal powder.</summary>
    Powder,

    /// <summary>Metal sponge (titanium).</summary>
    Sponge,

    /// <summary>A ferroalloy (ferrochrome, ferrovanadium, silicomanganese).</summary>
    Ferroalloy,
}
