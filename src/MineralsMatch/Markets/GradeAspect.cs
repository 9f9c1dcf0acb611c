namespace MineralsMatch.Markets;

/// <summary>Which part of a grade specification a shortfall concerns.</summary>
public enum GradeAspect
{
    /// <summary>The physical form differs.</summary>
    Form,

    /// <summary>The content (purity) is below the minimum.</summary>
    Content,

    /// <summary>An impurity is above the maximum, or not guaranteed.</summary>
    Impurity,
}
