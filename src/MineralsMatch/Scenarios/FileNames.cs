namespace MineralsMatch.Scenarios;

/// <summary>
/// The one spelling of enumeration values, as scenario and catalog files, the result JSON, the reports and the command line
/// write them (<c>MineralGroup.BaseMetal</c> → <c>base-metal</c>, <c>QuantityUnit.Tonne</c> → <c>t</c>, <c>Incoterm.Fca</c> → <c>FCA</c>,
/// <c>MatchObjective.CoverageFirst</c> → <c>coverage-first</c>, <c>ReasonKind.PriceGap</c> → <c>price-gap</c>).
/// </summary>
/// <remarks>Use it to write output that reads the same as the files, e.g. in tools built on the library.</remarks>
public static class FileNames
{
    /// <summary>The spelling of <paramref name="value"/> in scenario and catalog files.</summary>
    /// <typeparam name="TEnum">One of the enumerations the files or results use (groups, forms, units, statuses, roles, hub kinds, modes, incoterms, objectives, pricing policies, end uses, measure kinds, price sides, reason kinds).</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name as written in files.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined, or the enumeration is not one of this library's.</exception>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonEnums.For<TEnum>().Name(value);

    /// <summary>Parses a spelling of <typeparamref name="TEnum"/>, e.g. <c>seller-optimal</c>.</summary>
    /// <typeparam name="TEnum">One of the enumerations <see cref="Of{TEnum}"/> spells.</typeparam>
    /// <param name="name">The spelling (case-sensitive).</param>
    /// <param name="value">The value when the spelling is known.</param>
    /// <returns>Whether the spelling is known.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The enumeration has no spelling.</exception>
    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum => JsonEnums.For<TEnum>().TryParse(name, out value);
}
