namespace MineralsMatch.Minerals;

/// <summary>Symbols and exact kilogram factors of <see cref="QuantityUnit"/>.</summary>
public static class QuantityUnitExtensions
{
    /// <summary>The exact number of kilograms in one <paramref name="unit"/>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>1 for kg, 1000 for t, 0.45359237 for lb, 10 for mtu, 0.0311034768 for ozt.</returns>
    public static decimal KilogramsPerUnit(this QuantityUnit unit) => unit switch
    {
        QuantityUnit.Kilogram => 1m,
        QuantityUnit.Tonne => 1000m,
        QuantityUnit.Pound => 0.45359237m,
        QuantityUnit.MetricTonneUnit => 10m,
        QuantityUnit.TroyOunce => 0.0311034768m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown quantity unit."),
    };

    /// <summary>The short symbol used in files and reports: <c>kg</c>, <c>t</c>, <c>lb</c>, <c>mtu</c>, <c>ozt</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The symbol.</returns>
    public static string Symbol(this QuantityUnit unit) => unit switch
    {
        QuantityUnit.Kilogram => "kg",
        QuantityUnit.Tonne => "t",
        QuantityUnit.Pound => "lb",
        QuantityUnit.MetricTonneUnit => "mtu",
        QuantityUnit.TroyOunce => "ozt",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown quantity unit."),
    };

    /// <summary>Parses a unit symbol (<c>kg</c>, <c>t</c>, <c>lb</c>, <c>mtu</c>, <c>ozt</c>), case-sensitive.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="unit">The unit, when the symbol is known.</param>
    /// <returns><see langword="true"/> when the symbol names a unit.</returns>
    public static bool TryParseSymbol(string? symbol, out QuantityUnit unit)
    {
        switch (symbol)
        {
            case "kg": unit = QuantityUnit.Kilogram; return true;
            case "t": unit = QuantityUnit.Tonne; return true;
            case "lb": unit = QuantityUnit.Pound; return true;
            case "mtu": unit = QuantityUnit.MetricTonneUnit; return true;
            case "ozt": unit = QuantityUnit.TroyOunce; return true;
            default: unit = default; return false;
        }
    }
}
