using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MineralsMatch.Collections;
using MineralsMatch.Contracts;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
namespace MineralsMatch.Results;

/// <content>The <c>proposals</c> section: each contract with its terms, schedule and reasons.</content>
public static partial class MatchResultJson
{
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
}
