namespace MineralsMatch.Tests.Scenarios;

/// <summary>The kebab-case spellings files, JSON and reports use, pinned: the BCL's <c>JsonNamingPolicy.KebabCaseLower</c> spells them as the hand-written casing did.</summary>
public sealed class KebabSpellingTests
{
    [TestCaseSource(nameof(Enumerations))]
    public void Every_value_is_spelled_as_before(Func<IReadOnlyList<string>> spell, string[] expected)
    {
        Assert.That(spell(), Is.EqualTo(expected));
    }

    private static IEnumerable<TestCaseData> Enumerations()
    {
        yield return Case<MineralsMatch.Minerals.MineralGroup>("battery", "base-metal", "reactive-metal", "industrial-mineral", "light-metal", "alloying", "semiconductor", "alkali", "refractory", "platinum-group", "rare-earth", "nuclear", "energy", "ferroalloy", "other");
        yield return Case<MineralsMatch.Minerals.ProductForm>("metal", "alloy", "oxide", "salt", "concentrate", "ore", "compound", "powder", "sponge", "ferroalloy");
        yield return Case<MineralsMatch.Minerals.ProductionStatus>("current", "planned", "past");
        yield return Case<MineralsMatch.Parties.PartyRoles>("none", "producer", "buyer", "trader", "agency");
        yield return Case<MineralsMatch.Logistics.HubKind>("plant", "rail-terminal", "port", "airport", "warehouse");
        yield return Case<MineralsMatch.Logistics.TransportMode>("rail", "sea", "ferry", "road", "air");
        yield return Case<MineralsMatch.Matching.MatchObjective>("total-value", "coverage-first", "stable");
        yield return Case<MineralsMatch.Matching.PricingPolicy>("pair", "core", "seller-optimal", "buyer-optimal", "midpoint");
        yield return Case<MineralsMatch.Markets.EndUse>("civil", "defence", "stockpile");
        yield return Case<MineralsMatch.Policies.MeasureKind>("export-ban", "export-licence", "export-duty", "transit-risk", "marketing-rights");
        yield return Case<MineralsMatch.Stress.PriceSide>("asks", "bids");
        yield return Case<MineralsMatch.Minerals.QuantityUnit>("kg", "t", "lb", "mtu", "ozt");
        yield return Case<MineralsMatch.Markets.Incoterm>("EXW", "FCA", "FOB", "CPT", "CIP", "CFR", "CIF", "DAP", "DDP");
        yield return Case<MineralsMatch.Matching.ReasonKind>("no-offer-of-product", "no-demand-for-product", "grade-shortfall", "window-mismatch", "tenor-mismatch", "price-gap", "no-allowed-route", "excluded", "incoterm-mismatch", "below-minimum-volume", "capacity-taken", "diversification-cap", "supply-exhausted", "demand-exhausted", "route-capacity", "custom-rule", "no-profitable-buyer", "below-volume-resolution", "trade-ban", "marketing-priority");
        yield return Case<MineralsMatch.Matching.ReservationStatus>("priced", "unreachable", "not-price-bound", "not-computed");
    }

    private static TestCaseData Case<T>(params string[] expected)
        where T : struct, Enum =>
        new TestCaseData((Func<IReadOnlyList<string>>)(() => [.. Enum.GetValues<T>().Select(v => EnumSpelling.NameOf(v))]), expected).SetArgDisplayNames(typeof(T).Name);
}
