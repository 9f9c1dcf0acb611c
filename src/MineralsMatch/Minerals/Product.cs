using MineralsMatch.Collections;

namespace MineralsMatch.Minerals;

/// <summary>A traded form of a mineral (e.g. <c>gallium-4n</c>, 99.99 % gallium metal, priced in USD/kg).</summary>
public sealed record Product
{
    /// <summary>The product id, a lowercase slug unique across the catalog.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the <see cref="Mineral"/> this is a form of.</summary>
    public required string Mineral { get; init; }

    /// <summary>A display name.</summary>
    public required string Name { get; init; }

    /// <summary>The physical form.</summary>
    public required ProductForm Form { get; init; }

    /// <summary>The unit that prices and volumes of this product are quoted in.</summary>
    public required QuantityUnit PricingUnit { get; init; }

    /// <summary>What the pricing unit measures: <c>gross</c> (the product as shipped) or a contained species such as <c>U3O8</c>, <c>WO3</c> or <c>Mn</c>.</summary>
    public string PriceBasis { get; init; } = "gross";

    /// <summary>The typical mass fraction of the mineral's element in the product, when meaningful.</summary>
    public decimal? Content { get; init; }

    /// <summary>The HS 2022 subheading the product is traded under.</summary>
    public string? HsCode { get; init; }

    /// <summary>The CAS registry number, where the product is a defined chemical.</summary>
    public string? Cas { get; init; }

    /// <summary>The sources of the facts about this product.</summary>
    public IReadOnlyList<Citation> Citations { get; init => field = ValueList<Citation>.From(value); } = ValueList<Citation>.Empty;

    /// <summary>Whether prices and volumes are per unit of the product as shipped.</summary>
    public bool IsPricedGross => string.Equals(PriceBasis, "gross", StringComparison.Ordinal);
}
