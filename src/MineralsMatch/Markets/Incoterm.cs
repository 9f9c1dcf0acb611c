using System.Text.Json.Serialization;

namespace MineralsMatch.Markets;

/// <summary>Incoterms 2020 delivery terms.</summary>
public enum Incoterm
{
    /// <summary>Ex works: the buyer collects at the seller's premises.</summary>
    [JsonStringEnumMemberName("EXW")]
    Exw,

    /// <summary>Free carrier at a named origin point.</summary>
    [JsonStringEnumMemberName("FCA")]
    Fca,

    /// <summary>Free on board at the port of shipment.</summary>
    [JsonStringEnumMemberName("FOB")]
    Fob,

    /// <summary>Carriage paid to a named destination.</summary>
    [JsonStringEnumMemberName("CPT")]
    Cpt,

    /// <summary>Carriage and insurance paid to a named destination.</summary>
    [JsonStringEnumMemberName("CIP")]
    Cip,

    /// <summary>Cost and freight to the port of destination.</summary>
    [JsonStringEnumMemberName("CFR")]
    Cfr,

    /// <summary>Cost, insurance and freight to the port of destination.</summary>
    [JsonStringEnumMemberName("CIF")]
    Cif,

    /// <summary>Delivered at place.</summary>
    [JsonStringEnumMemberName("DAP")]
    Dap,

    /// <summary>Delivered duty paid.</summary>
    [JsonStringEnumMemberName("DDP")]
    Ddp,
}
