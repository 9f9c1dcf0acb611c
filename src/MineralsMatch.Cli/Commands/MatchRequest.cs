using System.CommandLine;

namespace MineralsMatch.Cli.Commands;

/// <summary>The parsed arguments of one <c>match</c> run.</summary>
internal sealed record MatchRequest
{
    /// <summary>The scenario file, or <see langword="null"/> for the embedded market.</summary>
    public FileInfo? Scenario { get; init; }

    /// <summary>The output format: table, json, md, csv or html.</summary>
    public required string Format { get; init; }

    /// <summary>The objective override (value, coverage or stable), or <see langword="null"/> to keep the scenario's.</summary>
    public string? Objective { get; init; }

    /// <summary>The pricing policy override (pair, core, seller-optimal, buyer-optimal or midpoint), or <see langword="null"/> to keep the scenario's.</summary>
    public string? Pricing { get; init; }

    /// <summary>The output file (folder for csv), or <see langword="null"/> for standard output.</summary>
    public FileInfo? Out { get; init; }

    /// <summary>The contract planner: exact (OR-Tools, with the approximate planner as its fallback) or approximate (managed network).</summary>
    public string Planner { get; init; } = "exact";

    /// <summary>How long the exact planner may search before it returns its best plan with the proven gap.</summary>
    public TimeSpan TimeLimit { get; init; } = MatchEngines.DefaultTimeLimit;

    /// <summary>The parse result, for the global options.</summary>
    public required ParseResult ParseResult { get; init; }
}
