using CsCheck;
using MineralsMatch.Minerals;

namespace MineralsMatch.Tests.Minerals;

public sealed class QuantityTests
{
    [Test]
    public void One_pound_is_exactly_0_45359237_kilograms()
    {
        Assert.That(Quantity.Pounds(1m).ConvertTo(QuantityUnit.Kilogram).Amount, Is.EqualTo(0.45359237m));
    }

    [TestCase(QuantityUnit.Kilogram, 1)]
    [TestCase(QuantityUnit.Tonne, 1000)]
    [TestCase(QuantityUnit.MetricTonneUnit, 10)]
    public void Units_have_exact_kilogram_factors(QuantityUnit unit, int kilograms)
    {
        Assert.That(Quantity.Of(3m, unit).InKilograms, Is.EqualTo(3m * kilograms));
    }

    [Test]
    public void Troy_ounce_is_exactly_31_1034768_grams()
    {
        Assert.That(Quantity.TroyOunces(1000m).InKilograms, Is.EqualTo(31.1034768m));
    }

    [Test]
    public void Equality_and_order_compare_mass_across_units()
    {
        Assert.That(Quantity.Tonnes(1m), Is.EqualTo(Quantity.Kilograms(1000m)));
        Assert.That(Quantity.Tonnes(1m).GetHashCode(), Is.EqualTo(Quantity.Kilograms(1000m).GetHashCode()));
        Assert.That(Quantity.Tonnes(1m) > Quantity.Pounds(2_000m), Is.True);
        Assert.That(Quantity.MetricTonneUnits(100m) == Quantity.Tonnes(1m), Is.True);
    }

    [Test]
    public void Arithmetic_keeps_the_left_unit()
    {
        var sum = Quantity.Tonnes(1m) + Quantity.Kilograms(500m);
        Assert.That(sum.Unit, Is.EqualTo(QuantityUnit.Tonne));
        Assert.That(sum.Amount, Is.EqualTo(1.5m));
        Assert.That((Quantity.Tonnes(2m) - Quantity.Kilograms(500m)).Amount, Is.EqualTo(1.5m));
        Assert.That((Quantity.Tonnes(2m) * 0.25m).Amount, Is.EqualTo(0.5m));
    }

    [Test]
    public void Formats_invariantly_whatever_the_culture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.That(Quantity.Tonnes(12.5m).ToString(), Is.EqualTo("12.5 t"));
            Assert.That(Price.PerKilogram(230.5m).ToString(), Is.EqualTo("230.5 USD/kg"));
            Assert.That(Assay.Of(0.325m).ToString(), Is.EqualTo("32.5 %"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Test]
    public void Unknown_unit_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.Of(1m, (QuantityUnit)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.Of(1m, (QuantityUnit)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.Of(1m, (QuantityUnit)(Enum.GetValues<QuantityUnit>().Max() + 1)));
    }

    [Test]
    public void Every_defined_unit_makes_a_quantity()
    {
        Assert.That(Enum.GetValues<QuantityUnit>().Select(unit => Quantity.Of(2m, unit).Unit), Is.EqualTo(Enum.GetValues<QuantityUnit>()));
    }

    [Test]
    public void Converting_there_and_back_through_exact_units_is_the_identity()
    {
        var units = Gen.OneOf(QuantityUnit.Kilogram, QuantityUnit.Tonne, QuantityUnit.MetricTonneUnit);
        Gen.Select(Gen.Decimal[-1_000_000m, 1_000_000m], units, units).Sample((amount, from, to) =>
        {
            var quantity = Quantity.Of(decimal.Round(amount, 3), from);
            return quantity.ConvertTo(to).ConvertTo(from).Amount == quantity.Amount && quantity.ConvertTo(to) == quantity;
        }, iter: 2_000);
    }

    [Test]
    public void Quantities_beyond_a_decimal_in_kilograms_compare_and_hash_without_overflow()
    {
        var huge = Quantity.Tonnes(1e26m);

        Assert.That(huge == Quantity.Tonnes(1e26m), Is.True);
        Assert.That(huge.GetHashCode(), Is.EqualTo(Quantity.Tonnes(1e26m).GetHashCode()));
        Assert.That(huge == Quantity.Kilograms(1e26m), Is.False);
        Assert.That(huge > Quantity.Kilograms(decimal.MaxValue), Is.True);
        Assert.That(Quantity.Tonnes(2m) == Quantity.Kilograms(2000m) && Quantity.Tonnes(2m).GetHashCode() == Quantity.Kilograms(2000m).GetHashCode(), Is.True);
    }
}
