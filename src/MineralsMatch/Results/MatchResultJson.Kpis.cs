using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MineralsMatch.Collections;
using MineralsMatch.Contracts;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
namespace MineralsMatch.Results;

/// <content>The <c>kpis</c> section: market-wide and per-mineral indicators.</content>
public static partial class MatchResultJson
{
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
}
