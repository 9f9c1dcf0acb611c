using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MineralsMatch.Reporting.Tests;

/// <summary>Parses report HTML with AngleSharp, as a browser would build the DOM (without running scripts).</summary>
internal static class HtmlDocument
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The number of distinct producer → route plus route → buyer flows with value, counted straight from the proposals.</summary>
    public static int ExpectedLinks(MatchResult result)
    {
        var traded = result.Proposals.Where(p => p.Terms.Base.Cost(p.AnnualVolume) > 0).ToList();
        return traded.Select(p => (p.Supplier, p.Route)).Distinct().Count() + traded.Select(p => (p.Route, p.Buyer)).Distinct().Count();
    }
}
