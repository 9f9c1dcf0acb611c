using MineralsMatch.Matching;
using MineralsMatch.Minerals;

namespace MineralsMatch.Cli.Rendering;

/// <summary>A reservation price for a table cell: <c>1,010 USD/kg for 4,000 kg (aok-gallium-pavlodar)</c>, or what stands in its way.</summary>
internal static class ReservationCell
{
    /// <summary>The cell text; empty when there is no shortfall.</summary>
    /// <param name="reservation">The requirement's or offer's reservation price.</param>
    /// <param name="unit">The row's unit.</param>
    /// <returns>The text.</returns>
    public static string Of(ReservationPrice? reservation, QuantityUnit unit) => reservation?.Status switch
    {
        null => "",
        ReservationStatus.Priced => $"{Numbers.PerUnit(reservation.Price!.Value, unit)} for {Numbers.Quantity(reservation.Volume!.Value.ConvertTo(unit))} ({reservation.Counterpart}){(reservation.ExcludesPriceGapPairings ? ", among admitted pairings: see price-gap" : "")}",
        ReservationStatus.Unreachable => "no price alone",
        ReservationStatus.NotPriceBound => "not price-bound",
        _ => "not computed",
    };
}
