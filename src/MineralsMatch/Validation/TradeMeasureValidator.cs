using FluentValidation;
using MineralsMatch.Policies;

namespace MineralsMatch.Validation;

/// <summary>
/// Checks a <see cref="TradeMeasure"/> on its own: ids, country codes, the effect fields its kind needs (and no others),
/// a duty of 0–100 %, a probability of 0–1, a delay of 0–3650 days. References to parties, offers, products and sources
/// are checked by <see cref="MarketValidator"/>; the order of the dates by the file reader.
/// </summary>
internal sealed class TradeMeasureValidator : AbstractValidator<TradeMeasure>
{
    /// <summary>The longest licence delay accepted, in days.</summary>
    public const int MaxLicenceDelayDays = 3650;

    /// <summary>Creates the validator.</summary>
    public TradeMeasureValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(m => m.Id).Slug();
        RuleFor(m => m.Kind).Defined();
        RuleFor(m => m.Issuer).Slug().When(m => m.Kind == MeasureKind.MarketingRights);
        RuleFor(m => m.Issuer).CountryCode().When(m => m.Kind != MeasureKind.MarketingRights);
        RuleFor(m => m.Products).AtMost(InputLimits.MaxNested);
        RuleForEach(m => m.Products).NotEmpty().WithMessage("must not be empty").WithErrorCode(RuleCodes.Required);
        RuleFor(m => m.Offers).AtMost(InputLimits.MaxNested);
        RuleForEach(m => m.Offers).Slug();
        RuleFor(m => m.Destinations).AtMost(InputLimits.MaxNested);
        RuleForEach(m => m.Destinations).CountryCode();
        RuleFor(m => m.EndUses).AtMost(InputLimits.MaxNested);
        RuleForEach(m => m.EndUses).Defined();
        RuleFor(m => m.TransitCountries).AtMost(InputLimits.MaxNested);
        RuleForEach(m => m.TransitCountries).CountryCode();
        RuleFor(m => m.PriorityCountries).AtMost(InputLimits.MaxNested);
        RuleForEach(m => m.PriorityCountries).CountryCode();
        RuleFor(m => m.DutyPercent).Custom((duty, context) =>
        {
            if (duty is { } percent && percent is < 0m or > 100m)
            {
                context.Fail("DutyPercent", RuleCodes.Range, "must be between 0 and 100 (a percent of the ask)", percent);
            }
        });
        RuleFor(m => m.Probability).Custom((probability, context) =>
        {
            if (probability is { } p && p is < 0m or > 1m)
            {
                context.Fail("Probability", RuleCodes.Range, "must be between 0 and 1", p);
            }
        });
        RuleFor(m => m.LicenceDelayDays).Custom((delay, context) =>
        {
            if (delay is { } days && days is < 0 or > MaxLicenceDelayDays)
            {
                context.Fail("LicenceDelayDays", RuleCodes.Range, $"must be between 0 and {MaxLicenceDelayDays} days", days);
            }
        });
        RuleFor(m => m.Source).Text();
        RuleFor(m => m.Note).OptionalText();
        RuleFor(m => m.Kind).Custom((_, context) => Effect(context.InstanceToValidate, context));
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<TradeMeasure> context, FluentValidation.Results.ValidationResult result)
    {
        ValidationCancellation.ThrowIfRequested(context);
        return base.PreValidate(context, result);
    }

    // Each kind needs its own effect fields and takes no other kind's.
    private static void Effect(TradeMeasure m, ValidationContext<TradeMeasure> context)
    {
        var kind = JsonEnum<MeasureKind>.Default.Name(m.Kind);
        Needs(context, m.Kind == MeasureKind.ExportDuty, m.DutyPercent is not null, "DutyPercent", kind, "export-duty", m.DutyPercent);
        Needs(context, m.Kind == MeasureKind.TransitRisk, m.TransitCountries.Count > 0, "TransitCountries", kind, "transit-risk", null);
        Needs(context, m.Kind == MeasureKind.MarketingRights, m.Marketer is not null, "Marketer", kind, "marketing-rights", m.Marketer);
        Needs(context, m.Kind == MeasureKind.MarketingRights, m.Offers.Count > 0, "Offers", kind, "marketing-rights", null);
        if (m.Kind == MeasureKind.TransitRisk && m.Probability is null)
        {
            context.Fail("Probability", RuleCodes.Required, "is required for kind 'transit-risk'", null);
        }

        if (m.Probability is not null && m.Kind is not (MeasureKind.TransitRisk or MeasureKind.ExportLicence))
        {
            context.Fail("Probability", RuleCodes.Inconsistent, $"applies only to kinds 'export-licence' and 'transit-risk', not '{kind}'", m.Probability);
        }

        if (m.LicenceDelayDays is not null && m.Kind != MeasureKind.ExportLicence)
        {
            context.Fail("LicenceDelayDays", RuleCodes.Inconsistent, $"applies only to kind 'export-licence', not '{kind}'", m.LicenceDelayDays);
        }

        if (m.PriorityCountries.Count > 0 && m.Kind != MeasureKind.MarketingRights)
        {
            context.Fail("PriorityCountries", RuleCodes.Inconsistent, $"applies only to kind 'marketing-rights', not '{kind}'", null);
        }
    }

    private static void Needs(ValidationContext<TradeMeasure> context, bool isKind, bool present, string field, string kind, string needingKind, object? value)
    {
        if (isKind && !present)
        {
            context.Fail(field, RuleCodes.Required, $"is required for kind '{needingKind}'", null);
        }
        else if (!isKind && present)
        {
            context.Fail(field, RuleCodes.Inconsistent, $"applies only to kind '{needingKind}', not '{kind}'", value);
        }
    }
}
