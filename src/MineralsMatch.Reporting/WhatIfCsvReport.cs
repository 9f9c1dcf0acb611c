using System.Text;
using CsvHelper;
using MineralsMatch.Comparison;
using MineralsMatch.Minerals;
using MineralsMatch.Stress;

namespace MineralsMatch.Reporting;

/// <summary>Writes stress tests, comparisons and supply risk as CSV files, one per table (UTF-8, invariant numbers, formula injection escaped).</summary>
public static class WhatIfCsvReport
{
    /// <summary>Contracts added, removed or changed, one row per contract and stress test.</summary>
    public const string ContractsFile = "what-if-contracts.csv";

    /// <summary>Requirements whose met volume changes.</summary>
    public const string RequirementsFile = "what-if-requirements.csv";

    /// <summary>Coverage and supplier concentration per mineral, before and after.</summary>
    public const string MineralsFile = "what-if-minerals.csv";

    /// <summary>Money and value per stress test.</summary>
    public const string TotalsFile = "what-if-totals.csv";

    /// <summary>Supply risk per requirement.</summary>
    public const string RiskRequirementsFile = "risk-requirements.csv";

    /// <summary>Coverage distribution per mineral.</summary>
    public const string RiskMineralsFile = "risk-minerals.csv";

    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        FormatProvider = System.Globalization.CultureInfo.InvariantCulture,
    };

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a stress report's tables into a folder (created if needed).</summary>
    /// <param name="report">The report.</param>
    /// <param name="directory">The folder.</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> WriteDirectory(StressReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        var named = report.Outcomes.Select(o => (o.Set.Name, o.Comparison)).ToList();
        var files = WriteComparisons(named, directory).ToList();
        if (report.Risk is { } risk)
        {
            var root = Path.GetFullPath(directory);
            files.Add(WriteFile(Path.Combine(root, RiskRequirementsFile), csv =>
            {
                csv.WriteHeader(["requirement_id", "buyer", "product", "unit", "baseline_met", "shortfall_probability", "expected_unmet"]);
                foreach (var r in risk.Requirements)
                {
                    Text(csv, r.Requirement, r.Buyer, r.Product, r.BaselineMet.Unit.Symbol());
                    Number(csv, r.BaselineMet.Amount, r.ShortfallProbability, r.ExpectedUnmet.Amount);
                    csv.EndRecord();
                }
            }));
            files.Add(WriteFile(Path.Combine(root, RiskMineralsFile), csv =>
            {
                csv.WriteHeader(["mineral", "baseline", "p5", "p50", "p95", .. Enumerable.Range(0, Risk.MineralRisk.Bins).Select(b => $"bin_{b * 10}_{(b + 1) * 10}")]);
                foreach (var m in risk.Minerals)
                {
                    Text(csv, m.Mineral);
                    Number(csv, m.Baseline, m.P5, m.P50, m.P95);
                    foreach (var count in m.Histogram)
                    {
                        csv.WriteField(count, []);
                    }

                    csv.EndRecord();
                }
            }));
        }

        return files;
    }

    /// <summary>Writes one comparison's tables into a folder (created if needed); the <c>shock</c> column says <c>compare</c>.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="directory">The folder.</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> WriteDirectory(ScenarioComparison comparison, string directory)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return WriteComparisons([("compare", comparison)], directory);
    }

    private static List<string> WriteComparisons(List<(string Name, ScenarioComparison Comparison)> named, string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var root = Directory.CreateDirectory(directory).FullName;
        return
        [
            WriteFile(Path.Combine(root, ContractsFile), csv =>
            {
                csv.WriteHeader(["shock", "change", "offer_id", "requirement_id", "route_before", "route_after", "unit", "volume_before", "volume_after", "start_before", "start_after", "price_before", "price_after"]);
                foreach (var (name, c) in named)
                {
                    foreach (var p in c.ProposalsRemoved)
                    {
                        Contract(csv, name, "removed", p, null);
                    }

                    foreach (var change in c.ProposalsChanged)
                    {
                        Contract(csv, name, string.Join(' ', change.Changes), change.Before, change.After);
                    }

                    foreach (var p in c.ProposalsAdded)
                    {
                        Contract(csv, name, "added", null, p);
                    }
                }
            }),
            WriteFile(Path.Combine(root, RequirementsFile), csv =>
            {
                csv.WriteHeader(["shock", "requirement_id", "buyer", "product", "mineral", "unit", "met_before", "met_after", "met_change", "unmet_after", "reason"]);
                foreach (var (name, c) in named)
                {
                    foreach (var r in c.Requirements)
                    {
                        var unit = r.MetBefore.Unit;
                        Text(csv, name, r.Requirement, r.Buyer, r.Product, r.Mineral, unit.Symbol());
                        Number(csv, r.MetBefore.Amount, r.MetAfter.ConvertTo(unit).Amount, r.MetChange.ConvertTo(unit).Amount, r.UnmetAfter.ConvertTo(unit).Amount);
                        Text(csv, r.Reason);
                        csv.EndRecord();
                    }
                }
            }),
            WriteFile(Path.Combine(root, MineralsFile), csv =>
            {
                csv.WriteHeader(["shock", "mineral", "coverage_before", "coverage_after", "concentration_before", "concentration_after"]);
                foreach (var (name, c) in named)
                {
                    foreach (var m in c.Minerals)
                    {
                        Text(csv, name, m.Mineral);
                        Number(csv, m.CoverageBefore, m.CoverageAfter, m.ConcentrationBefore, m.ConcentrationAfter);
                        csv.EndRecord();
                    }
                }
            }),
            WriteFile(Path.Combine(root, TotalsFile), csv =>
            {
                csv.WriteHeader(["shock", "value_before_usd", "value_after_usd", "value_change_usd", "money_before_usd", "money_after_usd", "money_change_usd"]);
                foreach (var (name, c) in named)
                {
                    Text(csv, name);
                    Number(csv, c.ValueBefore, c.ValueAfter, c.ValueChange, c.MoneyBefore, c.MoneyAfter, c.MoneyChange);
                    csv.EndRecord();
                }
            }),
        ];
    }

    private static void Contract(CsvWriter csv, string name, string change, ProposalSnapshot? before, ProposalSnapshot? after)
    {
        var any = (before ?? after)!;
        Text(csv, name, change, any.Offer, any.Requirement, before?.Route ?? string.Empty, after?.Route ?? string.Empty, any.AnnualVolume.Unit.Symbol());
        Optional(csv, before?.AnnualVolume.Amount);
        Optional(csv, after?.AnnualVolume.ConvertTo(any.AnnualVolume.Unit).Amount);
        Optional(csv, before?.StartYear);
        Optional(csv, after?.StartYear);
        Optional(csv, before?.BasePrice);
        Optional(csv, after?.BasePrice);
        csv.EndRecord();
    }

    private static void Optional(CsvWriter csv, decimal? value)
    {
        if (value is { } v)
        {
            csv.WriteField(v, "0.############");
        }
        else
        {
            csv.WriteField(string.Empty);
        }
    }

    private static string WriteFile(string path, Action<CsvWriter> body)
    {
        using var writer = new StreamWriter(path, append: false, Utf8NoBom);
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        body(csv);
        csv.Flush();
        return path;
    }

    private static void Text(CsvWriter csv, params ReadOnlySpan<string> values)
    {
        foreach (var value in values)
        {
            csv.WriteField(value);
        }
    }

    private static void Number(CsvWriter csv, params ReadOnlySpan<decimal> values)
    {
        foreach (var value in values)
        {
            csv.WriteField(value, "0.############");
        }
    }
}
