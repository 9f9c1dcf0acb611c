using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;
using MineralsMatch.Stress;

namespace MineralsMatch.Tests.Foundation;

/// <summary>The one enum spelling, declared by the enumerations and read below every layer (docs/architecture.md).</summary>
public sealed class EnumSpellingTests
{
    [Test]
    public void Units_and_incoterms_are_spelled_as_their_symbols_and_codes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(JsonEnum<QuantityUnit>.Default.Names, Is.EqualTo(Enum.GetValues<QuantityUnit>().Select(u => u.Symbol())));
            Assert.That(JsonEnum<Incoterm>.Default.Names, Is.EqualTo(Enum.GetValues<Incoterm>().Select(i => i.Code())));
        });
    }

    [Test]
    public void A_flags_enumeration_offers_its_single_flags_only()
    {
        Assert.Multiple(() =>
        {
            Assert.That(JsonEnum<PartyRoles>.Default.Names, Is.EqualTo(new[] { "producer", "buyer", "trader", "agency" }));
            Assert.That(JsonEnum<PartyRoles>.Default.TryParse("none", out _), Is.False);
        });
    }

    [Test]
    public void Messages_describe_values_as_files_spell_them()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EnumSpelling.Describe(PartyRoles.None), Is.EqualTo("none"));
            Assert.That(EnumSpelling.Describe(PartyRoles.Buyer | PartyRoles.Agency), Is.EqualTo("buyer, agency"));
            Assert.That(EnumSpelling.Describe(QuantityUnit.TroyOunce), Is.EqualTo("ozt"));
            Assert.That(EnumSpelling.Describe(Incoterm.Fca), Is.EqualTo("FCA"));
            Assert.That(EnumSpelling.Describe(PriceSide.Bids), Is.EqualTo("bids"));
            Assert.That(EnumSpelling.Describe((QuantityUnit)42), Is.EqualTo("42"));
        });
    }

    [Test]
    public void Names_parse_back_to_their_values()
    {
        Assert.Multiple(() =>
        {
            Assert.That(JsonEnum<Incoterm>.Default.TryParse("CIF", out var incoterm) && incoterm == Incoterm.Cif, Is.True);
            Assert.That(JsonEnum<Incoterm>.Default.TryParse("cif", out _), Is.False);
            Assert.That(() => JsonEnum<QuantityUnit>.Default.Name((QuantityUnit)42), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }
}
