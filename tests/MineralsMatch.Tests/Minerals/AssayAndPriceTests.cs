using MineralsMatch.Minerals;

namespace MineralsMatch.Tests.Minerals;

public sealed class AssayAndPriceTests
{
    [Test]
    public void One_tonne_of_battery_grade_mnso4_at_32_5_percent_contains_0_325_t_of_manganese()
    {
        var assay = Assay.Percent(32.5m);

        Assert.That(assay.Contained(Quantity.Tonnes(1m)), Is.EqualTo(Quantity.Tonnes(0.325m)));
        Assert.That(assay.Gross(Quantity.Tonnes(0.325m)), Is.EqualTo(Quantity.Tonnes(1m)));
    }

    [TestCase(0)]
    [TestCase(-0.1)]
    [TestCase(1.01)]
    public void Assay_outside_zero_to_one_is_rejected(decimal fraction)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Assay.Of(fraction));
    }

    [Test]
    public void Price_converts_between_units_and_costs_quantities_in_any_unit()
    {
        var gallium = Price.PerKilogram(230m);

        Assert.That(gallium.ConvertTo(QuantityUnit.Tonne).Usd, Is.EqualTo(230_000m));
        Assert.That(gallium.Cost(Quantity.Tonnes(2m)), Is.EqualTo(460_000m));
        Assert.That(gallium, Is.EqualTo(Price.PerTonne(230_000m)));
        Assert.That(Price.PerPound(1m) > Price.PerKilogram(2m), Is.True);
    }
}
