using MineralsMatch.Minerals;
using MineralsMatch.Tests.Scenarios;
using MineralsMatch.Validation;
using NUnit.Framework;

namespace MineralsMatch.Tests.Minerals;

public sealed class MineralCatalogMergeTests
{
    private static readonly CatalogContent Base = TestFiles.Catalog.ToContent();

    [Test]
    public void Adding_a_mineral_that_exists_is_an_error()
    {
        var again = new CatalogContent { Minerals = [Base.Minerals[0] with { Products = [] }] };
        var exception = Assert.Throws<MineralsMatchValidationException>(() => MineralCatalog.Create(Base, again));
        Assert.That(exception!.Errors.Select(e => $"{e.Path} {e.Rule} {e.AttemptedValue}"), Is.EqualTo(new[] { "$additions[0].minerals[0].id Duplicate gallium" }));
    }

    [Test]
    public void Adding_a_product_of_an_unknown_mineral_is_an_error()
    {
        var stray = new Product { Id = "ghost-metal", Mineral = "ghost", Name = "Ghost", Form = ProductForm.Metal, PricingUnit = QuantityUnit.Kilogram };
        var addition = new CatalogContent { Minerals = [new Mineral { Id = "gallium", Name = "Gallium", Symbol = "Ga", Group = MineralGroup.Semiconductor, Products = [stray] }] };
        var exception = Assert.Throws<MineralsMatchValidationException>(() => MineralCatalog.Create(Base, addition));
        Assert.That(exception!.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { "$additions[0].minerals[0].products[0].mineral: must be the mineral that lists it ('gallium') (was ghost)" }));
    }

    [Test]
    public void Validation_as_additions_reports_the_clash_at_the_additions_path()
    {
        var again = new CatalogContent { Minerals = [Base.Minerals[0] with { Products = [] }] };
        Assert.That(CatalogValidation.Validate(again, TestFiles.Catalog).Select(e => e.ToString()), Is.EqualTo(new[] { "$.minerals[0].id: mineral already exists (was gallium)" }));
    }

    [Test]
    public void Products_only_entry_extends_an_existing_mineral()
    {
        var product = new Product { Id = "gallium-6n", Mineral = "gallium", Name = "Gallium 6N", Form = ProductForm.Metal, PricingUnit = QuantityUnit.Kilogram, Content = 0.999999m };
        var addition = new CatalogContent { Minerals = [new Mineral { Id = "gallium", Name = "Gallium", Symbol = "Ga", Group = MineralGroup.Semiconductor, Products = [product] }] };
        Assert.Multiple(() =>
        {
            Assert.That(CatalogValidation.Validate(addition, TestFiles.Catalog), Is.Empty);
            Assert.That(TestFiles.Catalog.With(addition).FindProduct("gallium-6n"), Is.EqualTo(product));
        });
    }
}
