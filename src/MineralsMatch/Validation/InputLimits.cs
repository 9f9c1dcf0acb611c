namespace MineralsMatch.Validation;

/// <summary>Bounds on input sizes and values, so that the optimiser's input stays bounded.</summary>
internal static class InputLimits
{
    /// <summary>The most items in one collection of a market or catalog (offers, requirements, parties, ...).</summary>
    public const int MaxItems = 100_000;

    /// <summary>The most entries in a small nested collection (legs, incoterms, attributes, citations, ...).</summary>
    public const int MaxNested = 1_000;

    /// <summary>The most characters in a text value.</summary>
    public const int MaxText = 10_000;

    /// <summary>The first calendar year accepted.</summary>
    public const int FirstYear = 1900;

    /// <summary>The last calendar year accepted.</summary>
    public const int LastYear = 2200;

    /// <summary>The longest tenor in years.</summary>
    public const int MaxTenorYears = 50;

    /// <summary>The largest annual volume in any unit: 10⁹ (a billion tonnes is beyond any market), so allocation steps stay exact in 64-bit integers.</summary>
    public const decimal MaxVolume = 1_000_000_000m;

    /// <summary>The largest price in USD per unit (10⁷), so values per allocation step stay exact in 64-bit integers.</summary>
    public const decimal MaxPrice = 10_000_000m;

    /// <summary>The largest freight cost of one leg, in USD per gross tonne.</summary>
    public const decimal MaxCostPerTonne = 1_000_000m;
}
