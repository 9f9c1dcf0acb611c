using MineralsMatch.Scenarios;
using NUnit.Framework;

namespace MineralsMatch.Tests.Scenarios;

/// <summary>Each case breaks the example scenario's policies (or a requirement's end use) in one way and states every error, where, and why.</summary>
public sealed class PolicyFileErrorTests
{
    public static IEnumerable<TestCaseData> Cases() =>
    [
        Case("unknown-measure-key", "\"estimate\": true }", "\"estimate\": true, \"effect\": \"x\" }", ["UnknownKey"], "market.json:85:175 $.policies[0].effect: unknown key 'effect' (allowed: id, kind, issuer, products, offers, destinations, endUses, transitCountries, from, to, dutyPercent, licenceDelayDays, probability, marketer, priorityCountries, source, estimate, note)"),
        Case("unknown-measure-kind", "\"kind\": \"export-ban\"", "\"kind\": \"embargo\"", ["UnknownValue"], "market.json:86:42 $.policies[1].kind: unknown value 'embargo' (allowed: 'export-ban', 'export-licence', 'export-duty', 'transit-risk', 'marketing-rights') (was embargo)"),
        Case("unknown-end-use", "\"endUses\": [ \"defence\" ]", "\"endUses\": [ \"military\" ]", ["UnknownValue"], "market.json:86:152 $.policies[1].endUses[0]: unknown value 'military' (allowed: 'civil', 'defence', 'stockpile') (was military)"),
        Case("unknown-requirement-end-use", "\"endUse\": \"stockpile\"", "\"endUse\": \"army\"", ["UnknownValue"], "market.json:81:17 $.requirements[1].endUse: unknown value 'army' (allowed: 'civil', 'defence', 'stockpile') (was army)"),
        Case("bad-date", "\"from\": \"2026-01-06\"", "\"from\": \"2026-13-06\"", ["Format"], "market.json:86:173 $.policies[1].from: must be a date written yyyy-mm-dd between 1900 and 2200, such as '2026-01-06' (was 2026-13-06)"),
        Case("date-not-iso", "\"to\": \"2025-07-14\"", "\"to\": \"14.07.2025\"", ["Format"], "market.json:85:99 $.policies[0].to: must be a date written yyyy-mm-dd between 1900 and 2200, such as '2026-01-06' (was 14.07.2025)"),
        Case("to-before-from", "\"from\": \"2022-02-24\", \"probability\"", "\"from\": \"2022-02-24\", \"to\": \"2021-01-01\", \"probability\"", ["Inconsistent"], "market.json:88:125 $.policies[3].to: must not be before from (2022-02-24) (was 2021-01-01)"),
        Case("duty-above-100", "\"dutyPercent\": 10", "\"dutyPercent\": 150", ["Range"], "market.json:85:128 $.policies[0].dutyPercent: must be between 0 and 100 (a percent of the ask) (was 150)"),
        Case("duty-missing", "\"dutyPercent\": 10, ", string.Empty, ["Required"], "market.json:85:5 $.policies[0].dutyPercent: is required for kind 'export-duty'"),
        Case("effect-of-another-kind", "\"licenceDelayDays\": 45,", "\"licenceDelayDays\": 45, \"dutyPercent\": 5,", ["Inconsistent"], "market.json:87:160 $.policies[2].dutyPercent: applies only to kind 'export-duty', not 'export-licence' (was 5)"),
        Case("probability-above-one", "\"probability\": 0.05", "\"probability\": 1.5", ["Range"], "market.json:88:134 $.policies[3].probability: must be between 0 and 1 (was 1.5)"),
        Case("negative-delay", "\"licenceDelayDays\": 45", "\"licenceDelayDays\": -1", ["Range"], "market.json:87:141 $.policies[2].licenceDelayDays: must be between 0 and 3650 days (was -1)"),
        Case("unknown-product", "\"gallium-4n\", \"8112.92\"", "\"gallium-4n\", \"galium\"", ["UnknownReference"], "market.json:86:100 $.policies[1].products[1]: refers to no known mineral or product, and is no HS code such as '8112' or '8112.92' (was galium)"),
        Case("unknown-offer", "\"offers\": [ \"erg-gallium-2026\" ]", "\"offers\": [ \"nope\" ]", ["UnknownReference"], "market.json:89:98 $.policies[4].offers[0]: refers to an unknown offer (was nope)"),
        Case("unknown-marketer", "\"marketer\": \"mitsubishi-rtm\"", "\"marketer\": \"cove\"", ["UnknownReference"], "market.json:89:132 $.policies[4].marketer: refers to an unknown party (was cove)"),
        Case("marketer-without-role", "\"marketer\": \"mitsubishi-rtm\"", "\"marketer\": \"jogmec\"", ["Role"], "market.json:89:132 $.policies[4].marketer: must refer to a party with the producer or trader role (was jogmec)"),
        Case("unknown-source", "\"source\": \"MOFCOM-TEST\", \"note\": \"illustrative\"", "\"source\": \"MOFCOM-2099\", \"note\": \"illustrative\"", ["UnknownReference"], "market.json:89:191 $.policies[4].source: refers to an unknown source (was MOFCOM-2099)"),
        Case("bad-destination", "\"destinations\": [ \"JP\" ]", "\"destinations\": [ \"Japan\" ]", ["CountryCode"], "market.json:86:131 $.policies[1].destinations[0]: must be an ISO 3166-1 alpha-2 country code such as 'KZ' (was Japan)"),
        Case("duplicate-measure-id", "\"id\": \"ru-transit\"", "\"id\": \"kz-ga-duty\"", ["Duplicate"], "market.json:88:13 $.policies[3].id: measure already exists (at $.policies[0]) (was kz-ga-duty)"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void Broken_policies_report_every_error_with_its_location(string replace, string with, string[] rules, string[] expected)
    {
        var text = TestFiles.Text("scenario.json");
        Assert.That(text.Split(replace), Has.Length.EqualTo(2), "the text to replace must occur once");
        var broken = text.Replace(replace, with, StringComparison.Ordinal);

        var exception = Assert.Throws<MineralsMatchValidationException>(() => ScenarioFile.Parse(broken, "market.json", TestFiles.Catalog));

        Assert.Multiple(() =>
        {
            Assert.That(exception!.Errors.Select(e => e.ToString()), Is.EqualTo(expected));
            Assert.That(exception.Errors.Select(e => e.Rule), Is.EqualTo(rules));
        });
    }

    private static TestCaseData Case(string name, string replace, string with, string[] rules, params string[] expected) =>
        new TestCaseData(replace, with, rules, expected).SetArgDisplayNames(name);
}
