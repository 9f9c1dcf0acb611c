using MineralsMatch.Matching;

namespace MineralsMatch.Reporting.Tests;

/// <summary>The results the report tests render.</summary>
internal static class SampleResults
{
    /// <summary>A name that is hostile in every format: HTML, Markdown and CSV.</summary>
    public const string HostileName = "<script>alert(1)</script> & \"Co\"";

    /// <summary>A name a spreadsheet would run as a formula.</summary>
    public const string FormulaName = "=HYPERLINK(\"x\")";

    /// <summary>
    /// One offer of 10 t gallium at 200 USD/kg and two buyers: r1 (6 t at 300) is served in full, r2 (8 t at 260) gets
    /// the remaining 4 t and 4 t stay unmet because the capacity went to r1. Values per kg after 1 USD logistics: 99 and 59.
    /// </summary>
    public static MatchResult Small() => new ReportMarket("small")
        .Offer("o1", "erg", 10_000m, 200m)
        .Requirement("r1", "jogmec", 6_000m, 300m)
        .Requirement("r2", "hitachi", 8_000m, 260m)
        .Match();

    /// <summary>The <see cref="Small"/> market under other options (a pricing policy, the stable objective).</summary>
    public static MatchResult Small(MatchingOptions options) => new ReportMarket("small")
        .Offer("o1", "erg", 10_000m, 200m)
        .Requirement("r1", "jogmec", 6_000m, 300m)
        .Requirement("r2", "hitachi", 8_000m, 260m)
        .Match(options);

    /// <summary>
    /// Two minerals (gallium in kg, MnSO4 in t), three producers, four routes and five buyers; with unmet demand
    /// (a grade no one offers, capacity taken) and unsold supply (a buyer that refuses Chinese origin).
    /// </summary>
    public static MatchResult Showcase() => new ReportMarket("japan-kazakhstan (excerpt)")
        .Hub("pavlodar", "KZ").Hub("karaganda", "KZ").Hub("cn-plant", "CN").Hub("kobe", "JP").Hub("narita", "JP").Hub("yokohama", "JP")
        .Route("mc-pavlodar-aktau-kobe", "pavlodar", "kobe", costPerTonne: 420m, transit: "AZ")
        .Route("air-pavlodar-narita", "pavlodar", "narita", costPerTonne: 4500m)
        .Route("cn-lianyungang-kobe", "cn-plant", "kobe", costPerTonne: 160m)
        .Route("mc-karaganda-aktau-yokohama", "karaganda", "yokohama", costPerTonne: 380m, transit: "AZ")
        .Offer("erg-gallium", "erg", 15_000m, 230m, hub: "pavlodar")
        .Offer("cn-gallium", "cn-gallium-producer", 40_000m, 210m, country: "CN", hub: "cn-plant")
        .Offer("taza-mnso4", "taza-metal-technologies", 50_000m, 1_150m, product: "mnso4-battery", hub: "karaganda")
        .Requirement("jogmec-gallium", "jogmec", 8_000m, 320m, hub: "kobe", change: r => r with { ExcludedOriginCountries = ["CN"], Priority = 10 })
        .Requirement("mcrtm-gallium", "mitsubishi-corporation-rtm-japan", 6_000m, 300m, hub: "narita")
        .Requirement("hitachi-gallium", "hitachi", 12_000m, 290m, hub: "kobe")
        .Requirement("shin-etsu-gallium-6n", "shin-etsu-chemical", 2_000m, 600m, hub: "kobe",
            change: r => r with { Spec = new Markets.GradeSpec { MinContent = 0.999999m } })
        .Requirement("smm-mnso4", "sumitomo-metal-mining", 40_000m, 1_700m, product: "mnso4-battery", hub: "yokohama")
        .Requirement("toyota-tsusho-mnso4", "toyota-tsusho", 30_000m, 1_600m, product: "mnso4-battery", hub: "yokohama")
        .Match();

    /// <summary>The small result with the supplier and the market renamed to <paramref name="name"/> everywhere they appear.</summary>
    public static MatchResult Renamed(string name)
    {
        var result = Small();
        return result with
        {
            Market = name,
            Proposals = [.. result.Proposals.Select(p => p with { Supplier = name, Route = name })],
            Offers = [.. result.Offers.Select(o => o with { Producer = name })],
            Requirements = [.. result.Requirements.Select(r => r with { Buyer = r.Buyer == "hitachi" ? name : r.Buyer })],
            Kpis = result.Kpis with { Minerals = [.. result.Kpis.Minerals.Select(c => c with { Mineral = name })] },
        };
    }

    /// <summary>A result with nothing in it: no offers, no requirements.</summary>
    public static MatchResult Empty() => new ReportMarket("empty").Match();

    /// <summary>Reasons of one requirement, for assertions.</summary>
    public static IReadOnlyList<Reason> ReasonsOf(MatchResult result, string requirement) =>
        result.Requirements.Single(r => r.Requirement == requirement).Reasons;
}
