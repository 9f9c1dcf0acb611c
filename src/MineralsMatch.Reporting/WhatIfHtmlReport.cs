using System.Globalization;
using MineralsMatch.Comparison;
using MineralsMatch.Reporting.Html;
using MineralsMatch.Reporting.Sankey;
using MineralsMatch.Risk;
using MineralsMatch.Stress;
using static MineralsMatch.Formatting.ReadableNumbers;
using static MineralsMatch.Reporting.Formatting.ReportNumbers;

namespace MineralsMatch.Reporting;

/// <summary>
/// Writes stress tests, comparisons and supply risk as one self-contained HTML page (no scripts, fonts or images loaded from
/// anywhere): a delta table of contracts, requirements that lose or gain supply with the reason, coverage per mineral before
/// and after, the shocked plan's Sankey with the lost flows dashed in red, and a coverage histogram per mineral for the risk.
/// </summary>
public static class WhatIfHtmlReport
{
    /// <summary>Renders a stress report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The page.</returns>
    public static string Render(StressReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, writer);
        return writer.ToString();
    }

    /// <summary>Writes a stress report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(StressReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        HtmlPage.Open(writer, $"Stress tests: {report.Baseline.Market}", withScript: false);
        var k = report.Baseline.Kpis;
        writer.Write($"<header>\n<h1>Stress tests</h1>\n<p id=\"market\">Market <strong>{HtmlText.Escape(report.Baseline.Market)}</strong> · baseline {Count(k.Proposals)} proposals, annual value score {Whole(k.AnnualValueScore)}, turnover {Usd(k.AnnualTurnoverUsd)}, mean share of demand met {Percent(k.MeanDemandMetShare)}</p>\n</header>\n");
        var byId = report.Baseline.Proposals.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var outcome in report.Outcomes)
        {
            var set = outcome.Set;
            writer.Write($"<section id=\"shock-{HtmlText.Escape(set.Name)}\" class=\"shock\">\n<h2>{HtmlText.Escape(set.Name)}</h2>\n");
            if (set.Description is { } description)
            {
                writer.Write($"<p>{HtmlText.Escape(description)}</p>\n");
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

            writer.Write($"<p class=\"note\">{HtmlText.Escape(string.Join(" · ", facts))}{(set.Note is { } note ? " — " + HtmlText.Escape(note) : string.Empty)}</p>\n<ul>\n");
            foreach (var shock in set.Shocks)
            {
                writer.Write($"<li>{HtmlText.Escape(shock.Describe())}</li>\n");
            }

            writer.Write("</ul>\n");
            Body(outcome.Comparison, set.Name, writer);
            var lost = outcome.Comparison.ProposalsRemoved.Select(r => byId.GetValueOrDefault(r.Id)).OfType<Contracts.ContractProposal>();
            writer.Write("<h3>Flows after the shock: producer → route → buyer</h3>\n<p class=\"note\">Dashed red bands are flows the shock loses.</p>\n");
            SankeySvg.Write(SankeyGraph.From(outcome.Result.Proposals, lost), writer);
            writer.Write("</section>\n");
        }

        if (report.Risk is { } risk)
        {
            Risk(risk, writer);
        }

        HtmlPage.Close(writer, withScript: false);
    }

    /// <summary>Renders a comparison of two results.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The page.</returns>
    public static string Render(ScenarioComparison comparison)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(comparison, writer);
        return writer.ToString();
    }

    /// <summary>Writes a comparison of two results (no Sankey: result files do not carry the flows' values).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ScenarioComparison comparison, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(writer);
        HtmlPage.Open(writer, $"Comparison: {comparison.Baseline} → {comparison.Variant}", withScript: false);
        writer.Write($"<header>\n<h1>Comparison</h1>\n<p id=\"market\"><strong>{HtmlText.Escape(comparison.Baseline)}</strong> → <strong>{HtmlText.Escape(comparison.Variant)}</strong></p>\n</header>\n<section id=\"compare\">\n");
        Body(comparison, "compare", writer);
        writer.Write("</section>\n");
        HtmlPage.Close(writer, withScript: false);
    }

    private static void Body(ScenarioComparison c, string id, TextWriter writer)
    {
        writer.Write($"<p class=\"totals\">Annual value score {HtmlText.Escape(WhatIfMarkdownReport.Score(c.ValueChange, signed: true))} ({WhatIfMarkdownReport.Score(c.ValueBefore)} → {WhatIfMarkdownReport.Score(c.ValueAfter)}; not money) · annual turnover {HtmlText.Escape(WhatIfMarkdownReport.Signed(c.MoneyChange))}</p>\n");
        if (!c.ChangesPlan)
        {
            writer.Write("<p>No change to the plan.</p>\n");
            return;
        }

        var contracts = new HtmlTable($"delta-{id}", "Contract@", "Change", "Before", "After");
        foreach (var p in c.ProposalsRemoved)
        {
            contracts.Row($"{p.Offer} → {p.Requirement}", "removed", WhatIfMarkdownReport.Terms(p), "–");
        }

        foreach (var change in c.ProposalsChanged)
        {
            contracts.Row($"{change.Before.Offer} → {change.Before.Requirement}", string.Join(", ", change.Changes), WhatIfMarkdownReport.Terms(change.Before), WhatIfMarkdownReport.Terms(change.After));
        }

        foreach (var p in c.ProposalsAdded)
        {
            contracts.Row($"{p.Offer} → {p.Requirement}", "added", "–", WhatIfMarkdownReport.Terms(p));
        }

        if (contracts.Count > 0)
        {
            writer.Write("<h3>Contracts</h3>\n");
            contracts.WriteTo(writer);
        }

        var requirements = new HtmlTable($"requirements-{id}", "Requirement@", "Met before#", "Met after#", "Change#", "Why¶");
        foreach (var r in c.Requirements)
        {
            requirements.Row(r.Requirement, Quantity(r.MetBefore), Quantity(r.MetAfter), Quantity(r.MetChange), r.Reason);
        }

        if (requirements.Count > 0)
        {
            writer.Write("<h3>Requirements</h3>\n");
            requirements.WriteTo(writer);
        }

        writer.Write("<h3>Coverage per mineral, before and after</h3>\n");
        CoverageChangeBars.Write(c.Minerals, $"coverage-{id}", writer);
    }

    private static void Risk(SupplyRisk risk, TextWriter writer)
    {
        writer.Write($"<section id=\"risk\">\n<h2>Supply risk</h2>\n<p class=\"note\">{HtmlText.Escape($"{Count(risk.Samples)} samples, seed {risk.Seed.ToString(CultureInfo.InvariantCulture)}, {Count(risk.DistinctPlans)} distinct plans; each stress test strikes in a sample with its yearly probability: " + string.Join(", ", risk.Shocks.Select(s => $"{s.Name} {Percent(s.Probability)} (struck {Count(s.Struck)})")))}</p>\n");
        var requirements = new HtmlTable("risk-requirements", "Requirement@", "Met (baseline)#", "P(shortfall)#", "Expected unmet#");
        foreach (var r in risk.Requirements)
        {
            requirements.Row(r.Requirement, Quantity(r.BaselineMet), Percent(r.ShortfallProbability), Quantity(r.ExpectedUnmet));
        }

        requirements.WriteTo(writer);
        var minerals = new HtmlTable("risk-minerals", "Mineral@", "Baseline#", "p5#", "p50#", "p95#");
        foreach (var m in risk.Minerals)
        {
            minerals.Row(m.Mineral, Percent(m.Baseline), Percent(m.P5), Percent(m.P50), Percent(m.P95));
        }

        minerals.WriteTo(writer);
        writer.Write("<h3>Coverage over the samples</h3>\n<div class=\"histograms\">\n");
        foreach (var m in risk.Minerals)
        {
            RiskHistogram.Write(m, risk.Samples, writer);
        }

        writer.Write("</div>\n</section>\n");
    }
}
