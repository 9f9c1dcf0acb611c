using MineralsMatch.Markets;
using MineralsMatch.Minerals;

namespace MineralsMatch.Tests.Markets;

public sealed class GradeSpecTests
{
    private static readonly GradeSpec Battery = new()
    {
        Form = ProductForm.Salt,
        MinContent = 0.32m,
        MaxImpuritiesPpm = new Dictionary<string, decimal> { ["Fe"] = 10m, ["Ca"] = 50m },
    };

    [Test]
    public void Better_guaranteed_grade_satisfies_the_spec()
    {
        var offered = new GradeSpec
        {
            Form = ProductForm.Salt,
            MinContent = 0.325m,
            MaxImpuritiesPpm = new Dictionary<string, decimal> { ["Fe"] = 5m, ["Ca"] = 50m, ["Na"] = 100m },
        };

        Assert.That(offered.Satisfies(Battery), Is.True);
        Assert.That(offered.Shortfalls(Battery), Is.Empty);
    }

    [Test]
    public void Every_shortfall_is_listed_form_then_content_then_impurities()
    {
        var offered = new GradeSpec
        {
            Form = ProductForm.Ore,
            MinContent = 0.30m,
            MaxImpuritiesPpm = new Dictionary<string, decimal> { ["Fe"] = 20m },
        };

        Assert.That(offered.Shortfalls(Battery).Select(s => s.ToString()).ToArray(), Is.EqualTo(new[]
        {
            "form: needs salt, offered ore",
            "content: needs ≥ 32 %, offered 30 %",
            "impurity Ca: needs ≤ 50 ppm, offered not guaranteed",
            "impurity Fe: needs ≤ 10 ppm, offered ≤ 20 ppm",
        }));
    }

    [Test]
    public void Any_spec_is_satisfied_by_anything()
    {
        Assert.That(GradeSpec.Any.Satisfies(GradeSpec.Any), Is.True);
        Assert.That(new GradeSpec { MinContent = 0.5m }.Satisfies(GradeSpec.Any), Is.True);
    }

    [Test]
    public void Specs_with_equal_content_are_equal_values()
    {
        var copy = Battery with { MaxImpuritiesPpm = new Dictionary<string, decimal> { ["Ca"] = 50m, ["Fe"] = 10m } };

        Assert.That(copy, Is.EqualTo(Battery));
        Assert.That(copy.GetHashCode(), Is.EqualTo(Battery.GetHashCode()));
    }

    [Test]
    public void Windows_and_tenors_overlap_as_expected()
    {
        Assert.That(DeliveryWindow.Of(2026, 2035).Overlap(DeliveryWindow.Of(2030, 2040)), Is.EqualTo(DeliveryWindow.Of(2030, 2035)));
        Assert.That(DeliveryWindow.Of(2026, 2028).Overlap(DeliveryWindow.Of(2030, 2040)), Is.Null);
        Assert.That(TenorRange.Of(3, 10).Intersect(TenorRange.Of(5, 15)), Is.EqualTo(TenorRange.Of(5, 10)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeliveryWindow.Of(2030, 2026));
        Assert.Throws<ArgumentOutOfRangeException>(() => TenorRange.Of(0, 5));
    }
}
