namespace MineralsMatch.Markets;

/// <summary>One way an offered grade falls short of a required grade.</summary>
/// <param name="Aspect">Form, content or impurity.</param>
/// <param name="Element">The impurity's element symbol, for impurity shortfalls.</param>
/// <param name="Required">What the buyer needs, as text (e.g. <c>≥ 99.99 %</c>).</param>
/// <param name="Offered">What the offer guarantees, as text.</param>
public sealed record GradeShortfall(GradeAspect Aspect, string? Element, string Required, string Offered)
{
    /// <summary>Describes the shortfall, e.g. <c>content: needs 99.99 %, offered 99.9 %</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Aspect switch
    {
        GradeAspect.Impurity => $"impurity {Element}: needs {Required}, offered {Offered}",
        GradeAspect.Content => $"content: needs ≥ {Required}, offered {Offered}",
        _ => $"form: needs {Required}, offered {Offered}",
    };
}
