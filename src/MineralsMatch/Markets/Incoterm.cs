namespace MineralsMatch.Markets;

/// <summary>Incoterms 2020 delivery terms.</summary>
public enum Incoterm
{
    /// <summary>Ex works: the buyer collects at the seller's premises.</summary>
    Exw,

    /// <summary>Free carrier at a named origin point.</summary>
    Fca,

    /// <summary>Free on board at the port of shipment.</summary>
    Fob,

    /// <summary>Carriage paid to a named destination.</summary>
    Cpt,

    /// <summary>Carriage and insurance paid to a named destination.</summary>
    Cip,

    /// <summary>Cost and freight to the port of destination.</summary>
    Cfr,

    /// <summary>Cost, insurance and freight to the port of destination.</summary>
    Cif,

    /// <summary>Delivered at place.</summary>
    Dap,

    /// <summary>Delivered duty paid.</summary>
    Ddp,
}
