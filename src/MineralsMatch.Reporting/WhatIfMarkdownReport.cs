using System.Globalization;
using MineralsMatch.Comparison;
using MineralsMatch.Reporting.Markdown;
using MineralsMatch.Risk;
using MineralsMatch.Stress;
using static MineralsMatch.Formatting.ReadableNumbers;
using static MineralsMatch.Reporting.Formatting.ReportNumbers;

namespace MineralsMatch.Reporting;

/// <summary>Writes stress tests, comparisons and supply risk as Markdown.</summary>
public static class WhatIfMarkdownReport
{
    /// <summary>Writes a stress report: per stress test what moves and what is lost; then the supply risk.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(StressReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var k = report.Baseline.Kpis;
        writer.Write($"# Stress tests: {MarkdownTable.Escape(report.Baseline.Market)}\n\n");
        writer.Write($"Baseline: {Count(k.Proposals)} proposals, annual value score {Whole(k.AnnualValueScore)}, turnover {Usd(k.AnnualTurnoverUsd)}, mean share of demand met {Percent(k.MeanDemandMetShare)}.\n\n");
        foreach (var outcome in report.Outcomes)
        {
            var set = outcome.Set;
            writer.Write($"## {MarkdownTable.Escape(set.Name)}\n\n");
            if (set.Description is { } description)
            {
                writer.Write(MarkdownTable.Escape(description) + "\n\n");
            }

            var facts = new List<string>();
            if (set.Probability is { } p)
            {
                facts.Add("yearly probability " + Percent(p));
            }

            if (set.Source is { } source)
            {
                facts.Add("source " + source);
            }

            if (set.Estimate)
            {
                facts.Add("estimate");
            }

            if (facts.Count > 0)
            {
                writer.Write("*" + MarkdownTable.Escape(string.Join(" · ", facts)) + "*\n\n");
            }

            foreach (var shock in set.Shocks)
            {
                writer.Write("- " + MarkdownTable.Escape(shock.Describe()) + "\n");
            }

            writer.Write('\n');
            Body(outcome.Comparison, writer);
        }

        if (report.Risk is { } risk)
        {
            Risk(risk, writer);
        }
    }

    /// <summary>Writes one comparison.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ScenarioComparison comparison, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write($"# Comparison: {MarkdownTable.Escape(comparison.Baseline)} → {MarkdownTable.Escape(comparison.Variant)}\n\n");
        Body(comparison, writer);
    }

    private static void Body(ScenarioComparison c, TextWriter writer)
    {
        writer.Write($"Annual value score {Score(c.ValueChange, signed: true)} ({Score(c.ValueBefore)} → {Score(c.ValueAfter)}; not money); annual turnover {Signed(c.MoneyChange)}.\n\n");
        if (!c.ChangesPlan)
        {
            writer.Write("No change to the plan.\n\n");
            return;
        }

        if (c.ProposalsAdded.Count + c.ProposalsRemoved.Count + c.ProposalsChanged.Count > 0)
        {
            var contracts = new MarkdownTable("Contract", "Change", "Before", "After");
            foreach (var p in c.ProposalsRemoved)
            {
                contracts.Row($"{p.Offer} → {p.Requirement}", "removed", Terms(p), "–");
            }

            foreach (var change in c.ProposalsChanged)
            {
                contracts.Row($"{change.Before.Offer} → {change.Before.Requirement}", string.Join(", ", change.Changes), Terms(change.Before), Terms(change.After));
            }

            foreach (var p in c.ProposalsAdded)
            {
                contracts.Row($"{p.Offer} → {p.Requirement}", "added", "–", Terms(p));
            }

            contracts.WriteTo(writer);
        }

        if (c.Requirements.Count > 0)
        {
            var requirements = new MarkdownTable("Requirement", "Met before#", "Met after#", "Change#", "Why");
            foreach (var r in c.Requirements)
            {
                requirements.Row(r.Requirement, Quantity(r.MetBefore), Quantity(r.MetAfter), Quantity(r.MetChange), r.Reason);
            }

            requirements.WriteTo(writer);
        }

        var minerals = new MarkdownTable("Mineral", "Coverage before#", "Coverage after#", "Supplier HHI before#", "Supplier HHI after#");
        foreach (var m in c.Minerals.Where(m => m.CoverageChange != 0m || m.ConcentrationBefore != m.ConcentrationAfter))
        {
            minerals.Row(m.Mineral, Percent(m.CoverageBefore), Percent(m.CoverageAfter), Hhi(m.ConcentrationBefore), Hhi(m.ConcentrationAfter));
        }

        minerals.WriteTo(writer);
    }

    private static void Risk(SupplyRisk risk, TextWriter writer)
    {
        writer.Write($"## Supply risk\n\n{Count(risk.Samples)} samples, seed {risk.Seed.ToString(CultureInfo.InvariantCulture)}, {Count(risk.DistinctPlans)} distinct plans. ");
        writer.Write(MarkdownTable.Escape(string.Join(" · ", risk.Shocks.Select(s => $"{s.Name} {Percent(s.Probability)} (struck {Count(s.Struck)})"))) + "\n\n");
        var requirements = new MarkdownTable("Requirement", "Met (baseline)#", "P(shortfall)#", "Expected unmet#");
        foreach (var r in risk.Requirements)
        {
            requirements.Row(r.Requirement, Quantity(r.BaselineMet), Percent(r.ShortfallProbability), Quantity(r.ExpectedUnmet));
        }

        requirements.WriteTo(writer);
        var minerals = new MarkdownTable("Mineral", "Baseline#", "p5#", "p50#", "p95#");
        foreach (var m in risk.Minerals)
        {
            minerals.Row(m.Mineral, Percent(m.Baseline), Percent(m.P5), Percent(m.P50), Percent(m.P95));
        }

        minerals.WriteTo(writer);
    }

    internal static string Terms(ProposalSnapshot p) =>
        string.Create(CultureInfo.InvariantCulture, $"{Quantity(p.AnnualVolume)}/yr via {p.Route}, {p.StartYear}+{p.TenorYears} y, {PerUnit(p.BasePrice, p.AnnualVolume.Unit)}");

    internal static string Score(decimal score, bool signed = false) => (signed && score > 0 ? "+" : string.Empty) + Whole(score);

    internal static string Signed(decimal usd) => (usd > 0 ? "+" : string.Empty) + Usd(usd);

    internal static string Hhi(decimal hhi) => Math.Round(hhi, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
}
