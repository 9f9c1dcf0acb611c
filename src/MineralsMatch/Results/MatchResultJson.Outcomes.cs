using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MineralsMatch.Collections;
using MineralsMatch.Contracts;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
namespace MineralsMatch.Results;

/// <content>The <c>requirements</c>, <c>offers</c> and <c>routes</c> sections: outcomes per party side and route, their reservation prices and reasons.</content>
public static partial class MatchResultJson
{
    private static void WriteRequirement(Utf8JsonWriter json, RequirementOutcome r)
    {
        json.WriteStartObject();
        json.WriteString("requirementId", r.Requirement);
        json.WriteString("buyer", r.Buyer);
        json.WriteString("product", r.Product);
        json.WriteString("mineral", r.Mineral);
        json.WriteString("unit", r.Target.Unit.Symbol());
        json.WriteNumber("target", Decimals.Normalize(r.Target.Amount));
        json.WriteNumber("met", Decimals.Normalize(r.Met.Amount));
        json.WriteNumber("unmet", Decimals.Normalize(r.Unmet.Amount));
        json.WriteNumber("shadowPrice", Decimals.Normalize(r.ShadowPrice));
        WriteReservation(json, "servedAt", "bid", r.ServedAt);
        json.WriteStartArray("years");
        foreach (var year in r.Years)
        {
            json.WriteStartObject();
            json.WriteNumber("year", year.Year);
            json.WriteNumber("demand", Decimals.Normalize(year.Demand.Amount));
            json.WriteNumber("met", Decimals.Normalize(year.Met.Amount));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteReasons(json, r.Reasons);
        json.WriteEndObject();
    }

    private static void WriteOffer(Utf8JsonWriter json, OfferOutcome o)
    {
        json.WriteStartObject();
        json.WriteString("offerId", o.Offer);
        json.WriteString("producer", o.Producer);
        json.WriteString("product", o.Product);
        json.WriteString("mineral", o.Mineral);
        json.WriteString("unit", o.Capacity.Unit.Symbol());
        json.WriteNumber("capacity", Decimals.Normalize(o.Capacity.Amount));
        json.WriteNumber("sold", Decimals.Normalize(o.Sold.Amount));
        json.WriteNumber("unsold", Decimals.Normalize(o.Unsold.Amount));
        json.WriteNumber("shadowPrice", Decimals.Normalize(o.ShadowPrice));
        WriteReservation(json, "soldAt", "ask", o.SoldAt);
        json.WriteStartArray("years");
        foreach (var year in o.Years)
        {
            json.WriteStartObject();
            json.WriteNumber("year", year.Year);
            json.WriteNumber("capacity", Decimals.Normalize(year.Capacity.Amount));
            json.WriteNumber("used", Decimals.Normalize(year.Used.Amount));
            json.WriteNumber("unused", Decimals.Normalize(year.Unused.Amount));
            if (year.Why.Length > 0)
            {
                json.WriteString("why", year.Why);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteReasons(json, o.Reasons);
        json.WriteEndObject();
    }

    // The price at which one more unit trades and the volume it holds for; omitted when there is no shortfall.
    private static void WriteReservation(Utf8JsonWriter json, string name, string price, ReservationPrice? reservation)
    {
        if (reservation is null)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("status", EnumSpelling.NameOf(reservation.Status));
        if (reservation.Price is { } amount)
        {
            json.WriteNumber(price, Decimals.Normalize(amount));
        }

        if (reservation.Volume is { } volume)
        {
            json.WriteNumber("volume", Decimals.Normalize(volume.Amount));
        }

        if (reservation.Counterpart is { } counterpart)
        {
            json.WriteString(price == "bid" ? "offerId" : "requirementId", counterpart);
        }

        if (reservation.ExcludesPriceGapPairings)
        {
            json.WriteBoolean("excludesPriceGapPairings", true);
        }

        json.WriteEndObject();
    }

    private static void WriteRoutes(Utf8JsonWriter json, IReadOnlyList<RouteOutcome> routes)
    {
        json.WriteStartArray("routes");
        foreach (var route in routes)
        {
            json.WriteStartObject();
            json.WriteString("routeId", route.Route);
            json.WriteBoolean("shared", route.Shared);
            json.WriteString("unit", "t");
            json.WriteStartArray("years");
            foreach (var year in route.Years)
            {
                json.WriteStartObject();
                json.WriteNumber("year", year.Year);
                if (year.Capacity is { } capacity)
                {
                    json.WriteNumber("capacity", Decimals.Normalize(capacity.Amount));
                }
                else
                {
                    json.WriteNull("capacity");
                }

                json.WriteNumber("used", Decimals.Normalize(year.Used.Amount));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteReasons(Utf8JsonWriter json, IReadOnlyList<Reason> reasons)
    {
        json.WriteStartArray("reasons");
        foreach (var reason in reasons)
        {
            json.WriteStartObject();
            json.WriteString("kind", ReasonKinds.Name(reason.Kind));
            json.WriteString("message", reason.Message);
            if (reason.Counterpart is { } counterpart)
            {
                json.WriteString("counterpart", counterpart);
            }

            if (reason.Measure is { } measure)
            {
                json.WriteString("measure", measure);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
