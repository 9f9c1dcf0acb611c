using MineralsMatch.Collections;
using MineralsMatch.Minerals;

namespace MineralsMatch.Markets;

/// <summary>
/// A grade: the form, the least content of the payable element and the most of each impurity (ppm).
/// An offer's grade is what the producer guarantees; a requirement's grade is what the buyer needs.
/// </summary>
/// <example>
/// <code>
/// var offered = new GradeSpec { Form = ProductForm.Salt, MinContent = 0.325m, MaxImpuritiesPpm = new Dictionary&lt;string, decimal&gt; { ["Fe"] = 10m } };
/// var needed  = new GradeSpec { Form = ProductForm.Salt, MinContent = 0.32m,  MaxImpuritiesPpm = new Dictionary&lt;string, decimal&gt; { ["Fe"] = 20m } };
/// bool ok = offered.Satisfies(needed); // true
/// </code>
/// </example>
public sealed record GradeSpec
{
    /// <summary>No requirement at all.</summary>
    public static GradeSpec Any { get; } = new();

    /// <summary>The physical form, or <see langword="null"/> for any form.</summary>
    public ProductForm? Form { get; init; }

    /// <summary>The least mass fraction of the payable element (purity for metals: 0.9999 for 4N), or <see langword="null"/>.</summary>
    public decimal? MinContent { get; init; }

    /// <summary>The most of each impurity, in parts per million by mass, keyed by element symbol.</summary>
    public IReadOnlyDictionary<string, decimal> MaxImpuritiesPpm { get; init => field = ValueMap<decimal>.From(value); } = ValueMap<decimal>.Empty;

    /// <summary>Whether a material guaranteed to this grade meets <paramref name="required"/>.</summary>
    /// <param name="required">The grade a buyer needs.</param>
    /// <returns><see langword="true"/> when every form, content and impurity limit of <paramref name="required"/> is met.</returns>
    public bool Satisfies(GradeSpec required)
    {
        ArgumentNullException.ThrowIfNull(required);
        if ((required.Form is { } form && Form != form)
            || (required.MinContent is { } minimum && (MinContent is not { } content || content < minimum)))
        {
            return false;
        }

        // Checked by the engine for every pair: no enumerator is allocated for a specification without impurity limits.
        if (required.MaxImpuritiesPpm.Count == 0)
        {
            return true;
        }

        foreach (var (element, limit) in required.MaxImpuritiesPpm)
        {
            if (!MaxImpuritiesPpm.TryGetValue(element, out var guaranteed) || guaranteed > limit)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every way in which a material guaranteed to this grade falls short of <paramref name="required"/>.</summary>
    /// <param name="required">The grade a buyer needs.</param>
    /// <returns>The shortfalls, form first, then content, then impurities by symbol; empty when satisfied.</returns>
    public IReadOnlyList<GradeShortfall> Shortfalls(GradeSpec required)
    {
        ArgumentNullException.ThrowIfNull(required);
        var shortfalls = new List<GradeShortfall>();
        if (required.Form is { } form && Form != form)
        {
            shortfalls.Add(new GradeShortfall(GradeAspect.Form, null, FormName(form), Form is { } f ? FormName(f) : "unspecified"));
        }

        if (required.MinContent is { } minimum && (MinContent is not { } content || content < minimum))
        {
            shortfalls.Add(new GradeShortfall(GradeAspect.Content, null, Percent(minimum), MinContent is { } c ? Percent(c) : "not guaranteed"));
        }

        foreach (var (element, limit) in required.MaxImpuritiesPpm)
        {
            if (!MaxImpuritiesPpm.TryGetValue(element, out var guaranteed) || guaranteed > limit)
            {
                shortfalls.Add(new GradeShortfall(
                    GradeAspect.Impurity,
                    element,
                    $"≤ {Ppm(limit)} ppm",
                    MaxImpuritiesPpm.ContainsKey(element) ? $"≤ {Ppm(guaranteed)} ppm" : "not guaranteed"));
            }
        }

        return shortfalls;
    }

    private static string FormName(ProductForm form) => form.ToString().ToLowerInvariant();

    private static string Percent(decimal fraction) =>
        (fraction * 100m).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) + " %";

    private static string Ppm(decimal ppm) => ppm.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
}
