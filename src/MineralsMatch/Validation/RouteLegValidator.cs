using FluentValidation;
using MineralsMatch.Logistics;

namespace MineralsMatch.Validation;

/// <summary>Checks a <see cref="RouteLeg"/>: hub ids, mode, cost ≥ 0, days ≥ 0, risk in [0, 1], transit country code.</summary>
internal sealed class RouteLegValidator : AbstractValidator<RouteLeg>
{
    private const int MaxDays = 3_650;

    /// <summary>Creates the validator.</summary>
    public RouteLegValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(l => l.From).Slug();
        RuleFor(l => l.To).Slug()
            .Must((leg, to) => !string.Equals(leg.From, to, StringComparison.Ordinal)).WithMessage("must differ from 'from'").WithErrorCode(RuleCodes.Inconsistent);
        RuleFor(l => l.Mode).Defined();
        RuleFor(l => l.CostPerTonne).NotNegative().LessThanOrEqualTo(InputLimits.MaxCostPerTonne).WithMessage($"must be at most {InputRules.Text(InputLimits.MaxCostPerTonne)} USD per tonne").WithErrorCode(RuleCodes.Range);
        RuleFor(l => l.Days).Between(0, MaxDays);
        RuleFor(l => l.Risk).Between(0m, 1m);
        RuleFor(l => l.TransitCountry).Matches(InputPatterns.CountryCode()).WithMessage("must be an ISO 3166-1 alpha-2 country code such as 'KZ'").WithErrorCode(RuleCodes.CountryCode);
    }
}
