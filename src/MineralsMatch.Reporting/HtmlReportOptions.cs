namespace MineralsMatch.Reporting;

/// <summary>Options for <see cref="HtmlReport"/>.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The default options.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>The page title and main heading; <see langword="null"/> uses <c>MineralsMatch report</c>.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Whether to include the one-line inline script that sets <c>data-ready</c> on the body to the number of Sankey
    /// links once the page has rendered (browser tests use it). Defaults to <see langword="true"/>; without it the
    /// page has no script at all and its Content-Security-Policy says <c>script-src 'none'</c>.
    /// </summary>
    internal bool IncludeReadyScript { get; init; } = true;
}
