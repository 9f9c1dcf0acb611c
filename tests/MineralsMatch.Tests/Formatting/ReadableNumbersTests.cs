using System.Globalization;
using CsCheck;
using MineralsMatch.Formatting;
using MineralsMatch.Minerals;

namespace MineralsMatch.Tests.Formatting;

public sealed class ReadableNumbersTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Amounts with up to four decimals, so that midpoints (…5) of every rounding are drawn often.
    private static readonly Gen<decimal> Amounts = Gen.Long[-10_000_000_000L, 10_000_000_000L].Select(n => n / 10_000m);

    [Test]
    public void Each_form_reads_as_documented()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ReadableNumbers.Usd(1_234_567.5m), Is.EqualTo("1,234,568 USD"));
            Assert.That(ReadableNumbers.Whole(-2.5m), Is.EqualTo("-3"));
            Assert.That(ReadableNumbers.Money(1_234.505m), Is.EqualTo("1,234.51"));
            Assert.That(ReadableNumbers.Price(MineralsMatch.Minerals.Price.PerKilogram(263.955m)), Is.EqualTo("263.96 USD/kg"));
            Assert.That(ReadableNumbers.Quantity(MineralsMatch.Minerals.Quantity.Tonnes(12_500.0005m)), Is.EqualTo("12,500.001 t"));
            Assert.That(ReadableNumbers.Percent(0.7505m), Is.EqualTo("75.1 %"));
            Assert.That(ReadableNumbers.Count(12_345), Is.EqualTo("12,345"));
            Assert.That(ReadableNumbers.Digits(2026), Is.EqualTo("2026"));
            Assert.That(ReadableNumbers.Exact(1_234.5000m), Is.EqualTo("1234.5"));
        });
    }

    // The examples formatted without rounding first; formatting rounds half away from zero too, so their text is unchanged.
    [Test]
    public void The_examples_former_forms_read_the_same()
    {
        Amounts.Sample(value =>
        {
            Assert.That(ReadableNumbers.Usd(value), Is.EqualTo(value.ToString("#,0", Invariant) + " USD"));
            Assert.That(ReadableNumbers.Money(value), Is.EqualTo(value.ToString("#,0.##", Invariant)));
            Assert.That(ReadableNumbers.Amount(value), Is.EqualTo(value.ToString("#,0.###", Invariant)));
            Assert.That(ReadableNumbers.Percent(value / 100m), Is.EqualTo((value / 100m * 100m).ToString("0.0", Invariant) + " %"));
            Assert.That(ReadableNumbers.Quantity(MineralsMatch.Minerals.Quantity.Of(Math.Abs(value), QuantityUnit.Kilogram)), Is.EqualTo(MineralsMatch.Minerals.Quantity.Of(Math.Abs(value), QuantityUnit.Kilogram).ToString("#,0.###", Invariant)));
        });
    }

    [Test]
    public void Numbers_read_the_same_in_any_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.That(ReadableNumbers.Money(1_234.5m), Is.EqualTo("1,234.5"));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
