using FluentValidation;
using MineralsMatch.Markets;

namespace MineralsMatch.Validation;

/// <summary>Checks a <see cref="GradeSpec"/>: a known form, content in (0, 1], impurity limits from 0 to 1 000 000 ppm.</summary>
internal sealed class GradeSpecValidator : AbstractValidator<GradeSpec>
{
    private const int MaxImpurities = 200;
    private const decimal MillionPpm = 1_000_000m;

    /// <summary>Creates the validator.</summary>
    public GradeSpecValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(g => g.Form).Defined();
        RuleFor(g => g.MinContent).Fraction();
        RuleFor(g => g.MaxImpuritiesPpm).AtMost(MaxImpurities).Custom((limits, context) =>
        {
            foreach (var (element, ppm) in limits)
            {
                var path = "MaxImpuritiesPpm" + JsonPaths.Key(element);
                if (string.IsNullOrWhiteSpace(element) || element.Length > 32)
                {
                    context.Fail(path, RuleCodes.Text, "must be keyed by an element or species symbol such as 'Fe'", element);
                }
                else if (ppm < 0m || ppm > MillionPpm)
                {
                    context.Fail(path, RuleCodes.Range, "must be between 0 and 1000000 ppm", ppm);
                }
            }
        });
    }
}
