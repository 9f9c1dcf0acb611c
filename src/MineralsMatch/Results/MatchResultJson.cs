using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MineralsMatch.Collections;
using MineralsMatch.Contracts;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;

namespace MineralsMatch.Results;

/// <summary>Writes a <see cref="MatchResult"/> as JSON: the machine-readable output of <c>mineralsmatch match --format json</c>.</summary>
/// <remarks>
/// Output is canonical: keys in a fixed order, lists in the result's order, numbers in the invariant culture,
/// no timestamps, so the same result always gives the same bytes. Volumes are numbers in the product's
/// pricing unit, named in <c>unit</c>; prices are USD per that unit.
/// </remarks>
public static class MatchResultJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Renders the result as a JSON string (UTF-8 text, LF line ends, trailing newline).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON.</returns>
    public static string Render(MatchResult result)
    {
        using var stream = new MemoryStream();
        Write(result, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the result as UTF-8 JSON to a stream.</summary>
    /// <param name="result">The result.</param>
    /// <param name="utf8Json">The stream; left open.</param>
    public static void Write(MatchResult result, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using (var json = new Utf8JsonWriter(utf8Json, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("market", result.Market);
            json.WriteString("objective", MatchObjectives.Name(result.Objective));
            json.WriteStartArray("proposals");
            foreach (var proposal in result.Proposals)
            {
                WriteProposal(json, proposal);
            }

            json.WriteEndArray();
            json.WriteStartArray("requirements");
            foreach (var requirement in result.Requirements)
            {
                WriteRequirement(json, requirement);
            }

            json.WriteEndArray();
            json.WriteStartArray("offers");
            foreach (var offer in result.Offers)
            {
                WriteOffer(json, offer);
            }

            json.WriteEndArray();
            WriteRoutes(json, result.Routes);
            json.WriteStartArray("parties");
            foreach (var party in result.Parties)
            {
                json.WriteStartObject();
                json.WriteString("id", party.Id);
                json.WriteString("name", party.Name);
                json.WriteString("country", party.Country);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (result.Stability is { } stability)
            {
                json.WriteStartObject("stability");
                json.WriteNumber("pairsChecked", stability.PairsChecked);
                json.WriteNumber("blockingPairs", stability.BlockingPairs);
                json.WriteNumber("stableValue", Decimals.Normalize(stability.StableValue));
                json.WriteNumber("optimalValue", Decimals.Normalize(stability.OptimalValue));
                json.WriteNumber("priceOfStability", Decimals.Normalize(stability.PriceOfStability));
                json.WriteEndObject();
            }

            WriteKpis(json, result.Kpis);
            WriteSolver(json, result.Solver);
            json.WriteEndObject();
        }

        utf8Json.WriteByte((byte)'\n');
    }

    private static void WriteProposal(Utf8JsonWriter json, ContractProposal p)
    {
        json.WriteStartObject();
        json.WriteString("id", p.Id);
        json.WriteString("offerId", p.Offer);
        json.WriteString("requirementId", p.Requirement);
        json.WriteString("supplier", p.Supplier);
        if (p.Seller is { } seller)
        {
            json.WriteString("seller", seller);
        }

        json.WriteString("buyer", p.Buyer);
        json.WriteString("product", p.Product);
        json.WriteString("routeId", p.Route);
        json.WriteNumber("annualVolume", Decimals.Normalize(p.AnnualVolume.Amount));
        json.WriteString("unit", p.AnnualVolume.Unit.Symbol());
        json.WriteNumber("startYear", p.StartYear);
        json.WriteNumber("tenorYears", p.TenorYears);
        json.WriteStartObject("priceTerms");
        json.WriteString("incoterm", p.Terms.Incoterm.Code());
        json.WriteNumber("basePrice", Decimals.Normalize(p.Terms.Base.Usd));
        json.WriteNumber("floor", Decimals.Normalize(p.Terms.Floor.Usd));
        json.WriteNumber("ceiling", Decimals.Normalize(p.Terms.Ceiling.Usd));
        json.WriteString("currency", "USD");
        json.WriteString("per", p.Terms.Base.Unit.Symbol());
        json.WriteBoolean("indexLinked", p.Terms.IndexLinked);
        if (p.Terms.Index is { } index)
        {
            json.WriteString("index", index);
        }

        json.WriteNumber("volumeFlexibility", Decimals.Normalize(p.Terms.VolumeFlexibility));
        if (p.Terms.FlexibilityLimit is { } flexibilityLimit)
        {
            json.WriteString("flexibilityLimit", flexibilityLimit);
        }
        json.WriteEndObject();
        json.WriteString("pricing", PricingPolicies.Name(p.Pricing));
        if (p.Negotiation is { } range)
        {
            json.WriteStartObject("negotiation");
            json.WriteNumber("sellerWalkAway", Decimals.Normalize(range.SellerWalkAway.Usd));
            json.WriteNumber("buyerWalkAway", Decimals.Normalize(range.BuyerWalkAway.Usd));
            json.WriteBoolean("containsBasePrice", range.Contains(p.Terms.Base.Usd));
            json.WriteEndObject();
        }

        json.WriteNumber("landedCost", Decimals.Normalize(p.LandedCost.Usd));
        json.WriteNumber("valuePerUnit", Decimals.Normalize(p.ValuePerUnit));
        json.WriteStartArray("valueBreakdown");
        foreach (var component in p.ValueBreakdown)
        {
            json.WriteStartObject();
            json.WriteString("name", component.Name);
            json.WriteNumber("usdPerUnit", Decimals.Normalize(component.UsdPerUnit));
            json.WriteString("explanation", component.Explanation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("schedule");
        foreach (var instalment in p.Schedule)
        {
            json.WriteStartObject();
            json.WriteNumber("year", instalment.Year);
            json.WriteNumber("quarter", instalment.Quarter);
            json.WriteNumber("volume", Decimals.Normalize(instalment.Quantity.Amount));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("explanation", p.Explanation);
        json.WriteEndObject();
    }

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
        json.WriteString("status", reservation.Status switch
        {
            ReservationStatus.Priced => "priced",
            ReservationStatus.Unreachable => "unreachable",
            ReservationStatus.NotPriceBound => "not-price-bound",
            _ => "not-computed",
        });
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

    private static void WriteKpis(Utf8JsonWriter json, MatchKpis k)
    {
        json.WriteStartObject("kpis");
        json.WriteNumber("proposals", k.Proposals);
        json.WriteNumber("annualValueScore", Decimals.Normalize(k.AnnualValueScore));
        json.WriteNumber("annualTurnoverUsd", Decimals.Normalize(k.AnnualTurnoverUsd));
        json.WriteNumber("annualLandedCostUsd", Decimals.Normalize(k.AnnualLandedCostUsd));
        json.WriteNumber("meanDemandMetShare", Decimals.Normalize(k.MeanDemandMetShare));
        json.WriteNumber("mineralsDemanded", k.MineralsDemanded);
        json.WriteNumber("mineralsFullyCovered", k.MineralsFullyCovered);
        json.WriteNumber("mineralsPartlyCovered", k.MineralsPartlyCovered);
        json.WriteNumber("mineralsNotCovered", k.MineralsNotCovered);
        json.WriteStartArray("minerals");
        foreach (var m in k.Minerals)
        {
            WriteMineralKpis(json, m);
        }

        json.WriteEndArray();
        json.WriteStartArray("lists");
        foreach (var l in k.Lists)
        {
            json.WriteStartObject();
            json.WriteString("list", l.List);
            json.WriteString("name", l.Name);
            json.WriteNumber("mineralsDemanded", l.MineralsDemanded);
            json.WriteNumber("fullyCovered", l.FullyCovered);
            json.WriteNumber("partlyCovered", l.PartlyCovered);
            json.WriteNumber("notCovered", l.NotCovered);
            json.WriteNumber("meanDemandMetShare", Decimals.Normalize(l.MeanDemandMetShare));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("supplierConcentration");
        foreach (var c in k.SupplierConcentration)
        {
            json.WriteStartObject();
            json.WriteString("buyer", c.Buyer);
            json.WriteNumber("suppliers", c.Suppliers);
            json.WriteNumber("hhi", Decimals.Normalize(c.Hhi));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMineralKpis(Utf8JsonWriter json, MineralKpis m)
    {
        json.WriteStartObject();
        json.WriteString("mineral", m.Mineral);
        json.WriteStartArray("lists");
        foreach (var list in m.Lists)
        {
            json.WriteStringValue(list);
        }

        json.WriteEndArray();
        json.WriteBoolean("quantityAsTraded", m.QuantityAsTraded);
        json.WriteNumber("demandContainedKg", Decimals.Normalize(m.DemandContainedKg));
        json.WriteNumber("metContainedKg", Decimals.Normalize(m.MetContainedKg));
        json.WriteNumber("demandMetShare", Decimals.Normalize(m.DemandMetShare));
        json.WriteNumber("demandValueUsd", Decimals.Normalize(m.DemandValueUsd));
        json.WriteNumber("metValueUsd", Decimals.Normalize(m.MetValueUsd));
        json.WriteNumber("valueMetShare", Decimals.Normalize(m.ValueMetShare));
        NumberOrNull(json, "hhi", m.Hhi);
        StringOrNull(json, "topCountry", m.TopCountry);
        NumberOrNull(json, "topCountryShare", m.TopCountryShare);
        if (m.BaselineYear is { } year)
        {
            json.WriteNumber("baselineYear", year);
        }
        else
        {
            json.WriteNull("baselineYear");
        }

        NumberOrNull(json, "baselineHhi", m.BaselineHhi);
        StringOrNull(json, "baselineTopCountry", m.BaselineTopCountry);
        NumberOrNull(json, "baselineTopCountryShare", m.BaselineTopCountryShare);
        json.WriteEndObject();
    }

    private static void NumberOrNull(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, Decimals.Normalize(number));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void StringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteSolver(Utf8JsonWriter json, SolverStatistics s)
    {
        json.WriteStartObject("solver");
        json.WriteString("solver", s.Solver);
        json.WriteString("status", s.Status);
        json.WriteNumber("candidates", s.Candidates);
        json.WriteNumber("rejected", s.Rejected);
        json.WriteNumber("nodes", s.Nodes);
        json.WriteNumber("arcs", s.Arcs);
        json.WriteNumber("countryNodes", s.CountryNodes);
        json.WriteNumber("pivots", s.Pivots);
        json.WriteString("objective", s.Objective);
        json.WriteString("planner", s.Planner);
        json.WriteString("optimality", s.Optimality == Matching.Planning.PlanOptimality.Optimal ? "optimal" : "approximate");
        json.WriteNumber("gap", Math.Round(s.Gap, 6));
        json.WriteNumber("planObjective", Math.Round(s.PlanObjective, 3));
        json.WriteNumber("bound", Math.Round(s.Bound, 3));
        json.WriteNumber("firstYear", s.FirstYear);
        json.WriteNumber("lastYear", s.LastYear);
        json.WriteEndObject();
    }
}
