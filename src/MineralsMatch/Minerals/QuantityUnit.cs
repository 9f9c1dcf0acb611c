using System.Text.Json.Serialization;

namespace MineralsMatch.Minerals;

/// <summary>A unit of mass in which minerals are traded and priced.</summary>
/// <remarks>Every unit converts to kilograms exactly; see <see cref="QuantityUnitExtensions.KilogramsPerUnit"/>.</remarks>
public enum QuantityUnit
{
    /// <summary>Kilogram (<c>kg</c>): gallium, germanium, indium and other minor metals.</summary>
    [JsonStringEnumMemberName("kg")]
    Kilogram,

    /// <summary>Metric tonne (<c>t</c>), 1 000 kg: manganese sulfate, ferroalloys, aluminium.</summary>
    [JsonStringEnumMemberName("t")]
    Tonne,

    /// <summary>Avoirdupois pound (<c>lb</c>), exactly 0.45359237 kg: uranium as U3O8, cobalt, molybdenum.</summary>
    [JsonStringEnumMemberName("lb")]
    Pound,

    /// <summary>Metric tonne unit (<c>mtu</c>), 10 kg of the priced species (1 % of a tonne): tungsten as WO3, manganese ore as Mn.</summary>
    [JsonStringEnumMemberName("mtu")]
    MetricTonneUnit,

    /// <summary>Troy ounce (<c>ozt</c>), exactly 0.0311034768 kg: platinum-group metals.</summary>
    [JsonStringEnumMemberName("ozt")]
    TroyOunce,
}
