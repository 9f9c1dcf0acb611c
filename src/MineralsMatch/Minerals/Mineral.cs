using MineralsMatch.Collections;

namespace MineralsMatch.Minerals;

/// <summary>A raw material: an element or element group (e.g. <c>gallium</c>, <c>rare-earths</c>) with its traded products.</summary>
/// <remarks>Which lists a mineral is on and where it is produced are catalog data, not properties of the mineral.</remarks>
public sealed record Mineral
{
    /// <summary>The mineral id, a lowercase slug (e.g. <c>gallium</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The English name.</summary>
    public required string Name { get; init; }

    /// <summary>The chemical symbol, or a short label for a group (<c>REE</c>).</summary>
    public required string Symbol { get; init; }

    /// <summary>The family the trade puts it in.</summary>
    public required MineralGroup Group { get; init; }

    /// <summary>The HS 2022 subheadings it is traded under.</summary>
    public IReadOnlyList<HsCode> HsCodes { get; init => field = ValueList<HsCode>.From(value); } = ValueList<HsCode>.Empty;

    /// <summary>The CAS registry number of the element, where one applies.</summary>
    public string? Cas { get; init; }

    /// <summary>A free note (for example past production that no list records).</summary>
    public string? Note { get; init; }

    /// <summary>The traded products, ordered by id.</summary>
    public IReadOnlyList<Product> Products { get; init => field = ValueList<Product>.From(value); } = ValueList<Product>.Empty;

    /// <summary>The sources of the facts about this mineral.</summary>
    public IReadOnlyList<Citation> Citations { get; init => field = ValueList<Citation>.From(value); } = ValueList<Citation>.Empty;
}
