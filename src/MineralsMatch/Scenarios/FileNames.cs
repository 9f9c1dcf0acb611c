namespace MineralsMatch.Scenarios;

/// <summary>How scenario and catalog files spell enumeration values (<c>MineralGroup.BaseMetal</c> → <c>base-metal</c>, <c>QuantityUnit.Tonne</c> → <c>t</c>, <c>Incoterm.Fca</c> → <c>FCA</c>).</summary>
/// <remarks>Use it to write output that reads the same as the files, e.g. in tools built on the library.</remarks>
public static class FileNames
{
    /// <summary>The spelling of <paramref name="value"/> in scenario and catalog files.</summary>
    /// <typeparam name="TEnum">One of the enumerations the files use (groups, forms, units, statuses, roles, hub kinds, modes, incoterms, objectives).</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name as written in files.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined, or the enumeration does not appear in files.</exception>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonEnums.For<TEnum>().Name(value);
}
