using FluentValidation;
using MineralsMatch.Markets;

namespace MineralsMatch.Validation;

/// <summary>
/// Checks a <see cref="Requirement"/> on its own: ids, spec, volumes &gt; 0 with min ≤ max, years 1900–2200,
/// tenor 1–50 years, bid &gt; 0, priority 1–10, shares in (0, 1], country codes. References are checked by <see cref="MarketValidator"/>.
/// </summary>
internal sealed class RequirementValidator : AbstractValidator<Requirement>
{
    /// <summary>Creates the validator.</summary>
    public RequirementValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Id).Slug();
        RuleFor(r => r.Buyer).Slug();
        RuleFor(r => r.Product).Slug();
        RuleFor(r => r.Spec).NotNull().WithMessage("is required").WithErrorCode(RuleCodes.Required).SetValidator(new GradeSpecValidator());
        RuleFor(r => r.AnnualVolume.Amount).Volume();
        RuleFor(r => r.DemandByYear).Custom((profile, context) => TradeRules.Profile(context, "DemandByYear", context.InstanceToValidate.AnnualVolume, context.InstanceToValidate.Window, profile));
        RuleFor(r => r.MinAnnualVolume).Custom((least, context) => TradeRules.MinimumVolume(context, context.InstanceToValidate.AnnualVolume, least));
        RuleFor(r => r.Window.FirstYear).Year();
        RuleFor(r => r.Window.LastYear).Year();
        RuleFor(r => r.Tenor.MinYears).Between(1, InputLimits.MaxTenorYears);
        RuleFor(r => r.Tenor.MaxYears).Between(1, InputLimits.MaxTenorYears);
        RuleFor(r => r.Bid.Usd).Money();
        RuleFor(r => r.DestinationHub).Slug();
        RuleFor(r => r.Priority).Between(1, 10);
        RuleFor(r => r.MaxShareFromSupplier).Fraction();
        RuleFor(r => r.MaxShareFromCountry).Fraction();
        RuleFor(r => r.Incoterms).AtMost(InputLimits.MaxNested);
        RuleForEach(r => r.Incoterms).Defined();
        RuleFor(r => r.EndUse).Defined();
        RuleFor(r => r.ExcludedRoutes).AtMost(InputLimits.MaxNested);
        RuleForEach(r => r.ExcludedRoutes).Slug();
        RuleFor(r => r.ExcludedTransitCountries).AtMost(InputLimits.MaxNested);
        RuleForEach(r => r.ExcludedTransitCountries).CountryCode();
        RuleFor(r => r.ExcludedOriginCountries).AtMost(InputLimits.MaxNested);
        RuleForEach(r => r.ExcludedOriginCountries).CountryCode();
        RuleFor(r => r.ExcludedSuppliers).AtMost(InputLimits.MaxNested);
        RuleForEach(r => r.ExcludedSuppliers).Slug();
        RuleFor(r => r.Attributes).AtMost(TradeRules.MaxAttributes).Custom((attributes, context) => TradeRules.Attributes(context, attributes));
        RuleFor(r => r.Note).OptionalText();
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Requirement> context, FluentValidation.Results.ValidationResult result)
    {
        ValidationCancellation.ThrowIfRequested(context);
        return base.PreValidate(context, result);
    }
}
