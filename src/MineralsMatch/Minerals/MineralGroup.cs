namespace MineralsMatch.Minerals;

/// <summary>The family a raw material belongs to, as the trade groups them.</summary>
public enum MineralGroup
{
    /// <summary>Battery materials (lithium, cobalt, nickel, manganese).</summary>
    Battery,

    /// <summary>Base metals (copper, zinc, lead, aluminium).</summary>
    BaseMetal,

    /// <summary>Reactive metals (beryllium).</summary>
    ReactiveMetal,

    /// <summary>Industrial minerals (borates, barite, strontium).</summary>
    IndustrialMineral,

    /// <summary>Light metals (titanium, magnesium).</summary>
    LightMetal,

    /// <summary>Alloying elements (vanadium, chromium, niobium, molybdenum).</summary>
    Alloying,

    /// <summary>Semiconductor and electronic metals (gallium, germanium, indium, selenium, tellurium).</summary>
    Semiconductor,

    /// <summary>Alkali metals (rubidium, cesium).</summary>
    Alkali,

    /// <summary>Refractory metals (tungsten, tantalum, rhenium, hafnium, zirconium).</summary>
    Refractory,

    /// <summary>Platinum-group metals.</summary>
    PlatinumGroup,

    /// <summary>Rare earths, scandium and yttrium.</summary>
    RareEarth,

    /// <summary>Nuclear fuel materials (uranium).</summary>
    Nuclear,

    /// <summary>Energy materials other than nuclear fuel (graphite, coal).</summary>
    Energy,

    /// <summary>Ferroalloys traded as such.</summary>
    Ferroalloy,

    /// <summary>Anything else (antimony, bismuth, thallium).</summary>
    Other,
}
