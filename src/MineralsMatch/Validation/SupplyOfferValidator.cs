using FluentValidation;
using MineralsMatch.Markets;

namespace MineralsMatch.Validation;

/// <summary>
/// Checks a <see cref="SupplyOffer"/> on its own: ids, grade, volumes &gt; 0 with min ≤ max, years 1900–2200,
/// tenor 1–50 years, ask &gt; 0, country codes. References to parties, products and hubs are checked by <see cref="MarketValidator"/>.
/// </summary>
internal sealed class SupplyOfferValidator : AbstractValidator<SupplyOffer>
{
    /// <summary>Creates the validator.</summary>
    public SupplyOfferValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(o => o.Id).Slug();
        RuleFor(o => o.Producer).Slug();
        RuleFor(o => o.Product).Slug();
        RuleFor(o => o.Grade).NotNull().WithMessage("is required").WithErrorCode(RuleCodes.Required).SetValidator(new GradeSpecValidator());
        RuleFor(o => o.AnnualVolume.Amount).Volume();
        RuleFor(o => o.CapacityByYear).Custom((profile, context) => TradeRules.Profile(context, "CapacityByYear", context.InstanceToValidate.AnnualVolume, context.InstanceToValidate.Window, profile));
        RuleFor(o => o.MinAnnualVolume).Custom((least, context) => TradeRules.MinimumVolume(context, context.InstanceToValidate.AnnualVolume, least));
        RuleFor(o => o.Window.FirstYear).Year();
        RuleFor(o => o.Window.LastYear).Year();
        RuleFor(o => o.Tenor.MinYears).Between(1, InputLimits.MaxTenorYears);
        RuleFor(o => o.Tenor.MaxYears).Between(1, InputLimits.MaxTenorYears);
        RuleFor(o => o.Ask.Usd).Money();
        RuleFor(o => o.OriginHub).Slug();
        RuleFor(o => o.Incoterms).AtMost(InputLimits.MaxNested);
        RuleForEach(o => o.Incoterms).Defined();
        RuleFor(o => o.ExcludedBuyers).AtMost(InputLimits.MaxNested);
        RuleForEach(o => o.ExcludedBuyers).Slug();
        RuleFor(o => o.ExcludedCountries).AtMost(InputLimits.MaxNested);
        RuleForEach(o => o.ExcludedCountries).CountryCode();
        RuleFor(o => o.Attributes).AtMost(TradeRules.MaxAttributes).Custom((attributes, context) => TradeRules.Attributes(context, attributes));
        RuleFor(o => o.Note).OptionalText();
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<SupplyOffer> context, FluentValidation.Results.ValidationResult result)
    {
        ValidationCancellation.ThrowIfRequested(context);
        return base.PreValidate(context, result);
    }
}
