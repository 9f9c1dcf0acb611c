using MineralsMatch.Formatting;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;

namespace MineralsMatch.Reporting.Formatting;

/// <summary>A reservation price in words, the same in every report: <c>1,010 USD/kg for 4,000 kg (aok-gallium-pavlodar)</c>.</summary>
internal static class ReservationText
{
    /// <summary>The price, its volume and the counterpart; what stands in its way when no price alone trades more; empty when there is no shortfall.</summary>
    public static string Of(ReservationPrice? reservation, QuantityUnit unit) => reservation?.Status switch
    {
        null => "",
        ReservationStatus.Priced => $"{ReadableNumbers.PerUnit(reservation.Price!.Value, unit)} for {ReadableNumbers.Quantity(reservation.Volume!.Value.ConvertTo(unit))} ({reservation.Counterpart}){(reservation.ExcludesPriceGapPairings ? ", among admitted pairings: see price-gap" : "")}",
        ReservationStatus.Unreachable => "no price alone (see reasons)",
        ReservationStatus.NotPriceBound => "not price-bound (multi-year limits)",
        _ => "not computed (work limit)",
    };
}
