using FluentValidation;
using MineralsMatch.Validation;

namespace MineralsMatch.Matching;

/// <summary>Checks <see cref="MatchingOptions"/>: every setting within its documented range.</summary>
internal sealed class MatchingOptionsValidator : AbstractValidator<MatchingOptions>
{
    /// <summary>The longest planning horizon, in years.</summary>
    public const int MaxHorizonYears = 60;

    // Values per allocation step are rounded to the value resolution: a step of this many USD per unit is the coarsest.
    private const decimal MaxValueStepPerUnit = 0.01m;

    /// <summary>Creates the validator.</summary>
    public MatchingOptionsValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(o => o.Objective).Defined();
        RuleFor(o => o.Pricing).Defined();
        RuleFor(o => o.Pricing).Equal(PricingPolicy.Pair).When(o => o.Objective == MatchObjective.Stable)
            .WithMessage("must be 'pair' when the objective is 'stable': a stable allocation takes each pair's price as given, and only the pair split sets prices before the allocation")
            .WithErrorCode(RuleCodes.Inconsistent);
        RuleFor(o => o.BargainingShare).Between(0m, 1m);
        RuleFor(o => o.VolumeFlexibility).Between(0m, 0.5m);
        RuleFor(o => o.RiskAversion).Between(0m, 100m);
        RuleFor(o => o.PriorityPremiumPerLevel).Between(0m, 1m);
        RuleFor(o => o.IndexLinkedFromYears).Between(1, InputLimits.MaxTenorYears);
        RuleFor(o => o.VolumeResolution).Positive().LessThanOrEqualTo(1m).WithMessage("must be at most 1").WithErrorCode(RuleCodes.Range);
        RuleFor(o => o.DiscountRate).Between(0m, 1m);
        RuleFor(o => o.PlanningHorizon).Custom((horizon, context) =>
        {
            if (horizon is not { } h)
            {
                return;
            }

            if (h.FirstYear is < InputLimits.FirstYear or > InputLimits.LastYear)
            {
                context.Fail("Horizon.FirstYear", RuleCodes.Range, $"must be between {InputLimits.FirstYear} and {InputLimits.LastYear}", h.FirstYear);
            }
            else if (h.LastYear > InputLimits.LastYear)
            {
                context.Fail("Horizon.LastYear", RuleCodes.Range, $"must be between {InputLimits.FirstYear} and {InputLimits.LastYear}", h.LastYear);
            }
            else if (h.Years > MaxHorizonYears)
            {
                context.Fail("Horizon.LastYear", RuleCodes.Limit, $"must be at most {MaxHorizonYears} years after firstYear ({h.FirstYear})", h.LastYear);
            }
        });
        RuleFor(o => o.ValueResolution).Positive().LessThanOrEqualTo(1m).WithMessage("must be at most 1").WithErrorCode(RuleCodes.Range)
            .Must((o, v) => o.VolumeResolution <= 0m || v <= o.VolumeResolution * MaxValueStepPerUnit)
            .WithMessage(o => $"must be at most volumeResolution × {InputRules.Text(MaxValueStepPerUnit)} ({InputRules.Text(o.VolumeResolution * MaxValueStepPerUnit)}), so that values are resolved to a cent per unit or finer; coarser values round small margins to nothing")
            .WithErrorCode(RuleCodes.Range);
    }
}
