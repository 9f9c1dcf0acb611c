using System.Text.Json;
using MineralsMatch.Collections;
using MineralsMatch.Comparison;
using MineralsMatch.Minerals;
using MineralsMatch.Risk;

namespace MineralsMatch.Results;

/// <summary>Writes comparisons and supply risk as JSON objects; shared by <see cref="ComparisonJson"/> and <see cref="StressReportJson"/>.</summary>
internal static class WhatIfJsonWriter
{
    public static void WriteComparisonBody(Utf8JsonWriter json, ScenarioComparison c)
    {
        Proposals(json, "proposalsAdded", c.ProposalsAdded);
        Proposals(json, "proposalsRemoved", c.ProposalsRemoved);
        json.WriteStartArray("proposalsChanged");
        foreach (var change in c.ProposalsChanged)
        {
            json.WriteStartObject();
            json.WriteString("id", change.Before.Id);
            json.WriteString("offerId", change.Before.Offer);
            json.WriteString("requirementId", change.Before.Requirement);
            json.WriteStartArray("changes");
            foreach (var what in change.Changes)
            {
                json.WriteStringValue(what);
            }

            json.WriteEndArray();
            json.WritePropertyName("before");
            Proposal(json, change.Before);
            json.WritePropertyName("after");
            Proposal(json, change.After);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("requirements");
        foreach (var r in c.Requirements)
        {
            var unit = r.MetBefore.Unit;
            json.WriteStartObject();
            json.WriteString("requirementId", r.Requirement);
            json.WriteString("buyer", r.Buyer);
            json.WriteString("product", r.Product);
            json.WriteString("mineral", r.Mineral);
            json.WriteString("unit", unit.Symbol());
            json.WriteNumber("metBefore", Decimals.Normalize(r.MetBefore.Amount));
            json.WriteNumber("metAfter", Decimals.Normalize(r.MetAfter.ConvertTo(unit).Amount));
            json.WriteNumber("metChange", Decimals.Normalize(r.MetChange.ConvertTo(unit).Amount));
            json.WriteNumber("unmetBefore", Decimals.Normalize(r.UnmetBefore.ConvertTo(unit).Amount));
            json.WriteNumber("unmetAfter", Decimals.Normalize(r.UnmetAfter.ConvertTo(unit).Amount));
            json.WriteString("reason", r.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("minerals");
        foreach (var m in c.Minerals)
        {
            json.WriteStartObject();
            json.WriteString("mineral", m.Mineral);
            json.WriteNumber("coverageBefore", Decimals.Normalize(m.CoverageBefore));
            json.WriteNumber("coverageAfter", Decimals.Normalize(m.CoverageAfter));
            json.WriteNumber("coverageChange", Decimals.Normalize(m.CoverageChange));
            json.WriteNumber("concentrationBefore", Decimals.Normalize(m.ConcentrationBefore));
            json.WriteNumber("concentrationAfter", Decimals.Normalize(m.ConcentrationAfter));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("moneyBefore", Decimals.Normalize(c.MoneyBefore));
        json.WriteNumber("moneyAfter", Decimals.Normalize(c.MoneyAfter));
        json.WriteNumber("moneyChange", Decimals.Normalize(c.MoneyChange));
        json.WriteNumber("valueBefore", Decimals.Normalize(c.ValueBefore));
        json.WriteNumber("valueAfter", Decimals.Normalize(c.ValueAfter));
        json.WriteNumber("valueChange", Decimals.Normalize(c.ValueChange));
    }

    public static void WriteRisk(Utf8JsonWriter json, SupplyRisk risk)
    {
        json.WriteStartObject("risk");
        json.WriteNumber("seed", risk.Seed);
        json.WriteNumber("samples", risk.Samples);
        json.WriteNumber("distinctPlans", risk.DistinctPlans);
        json.WriteStartArray("shocks");
        foreach (var s in risk.Shocks)
        {
            json.WriteStartObject();
            json.WriteString("name", s.Name);
            json.WriteNumber("probability", Decimals.Normalize(s.Probability));
            json.WriteNumber("struck", s.Struck);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("requirements");
        foreach (var r in risk.Requirements)
        {
            json.WriteStartObject();
            json.WriteString("requirementId", r.Requirement);
            json.WriteString("buyer", r.Buyer);
            json.WriteString("product", r.Product);
            json.WriteString("unit", r.BaselineMet.Unit.Symbol());
            json.WriteNumber("baselineMet", Decimals.Normalize(r.BaselineMet.Amount));
            json.WriteNumber("shortfallProbability", Decimals.Normalize(r.ShortfallProbability));
            json.WriteNumber("expectedUnmet", Decimals.Normalize(r.ExpectedUnmet.Amount));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("minerals");
        foreach (var m in risk.Minerals)
        {
            json.WriteStartObject();
            json.WriteString("mineral", m.Mineral);
            json.WriteNumber("baseline", Decimals.Normalize(m.Baseline));
            json.WriteNumber("p5", Decimals.Normalize(m.P5));
            json.WriteNumber("p50", Decimals.Normalize(m.P50));
            json.WriteNumber("p95", Decimals.Normalize(m.P95));
            json.WriteStartArray("histogram");
            foreach (var count in m.Histogram)
            {
                json.WriteNumberValue(count);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Proposals(Utf8JsonWriter json, string name, IReadOnlyList<ProposalSnapshot> proposals)
    {
        json.WriteStartArray(name);
        foreach (var p in proposals)
        {
            Proposal(json, p);
        }

        json.WriteEndArray();
    }

    private static void Proposal(Utf8JsonWriter json, ProposalSnapshot p)
    {
        json.WriteStartObject();
        json.WriteString("id", p.Id);
        json.WriteString("offerId", p.Offer);
        json.WriteString("requirementId", p.Requirement);
        json.WriteString("supplier", p.Supplier);
        json.WriteString("buyer", p.Buyer);
        json.WriteString("product", p.Product);
        json.WriteString("routeId", p.Route);
        json.WriteNumber("annualVolume", Decimals.Normalize(p.AnnualVolume.Amount));
        json.WriteString("unit", p.AnnualVolume.Unit.Symbol());
        json.WriteNumber("startYear", p.StartYear);
        json.WriteNumber("tenorYears", p.TenorYears);
        json.WriteNumber("basePrice", Decimals.Normalize(p.BasePrice));
        json.WriteNumber("valuePerUnit", Decimals.Normalize(p.ValuePerUnit));
        json.WriteEndObject();
    }
}
