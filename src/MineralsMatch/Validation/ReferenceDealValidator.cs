using FluentValidation;
using MineralsMatch.Markets;

namespace MineralsMatch.Validation;

/// <summary>
/// Checks a <see cref="ReferenceDeal"/> on its own: ids, volume &gt; 0, start year 1900–2200, tenor 1–50 years when given,
/// a source key. References (parties with their roles, the product, the source) are checked by <see cref="MarketValidator"/>.
/// </summary>
internal sealed class ReferenceDealValidator : AbstractValidator<ReferenceDeal>
{
    /// <summary>Creates the validator.</summary>
    public ReferenceDealValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(d => d.Id).Slug();
        RuleFor(d => d.Supplier).Slug();
        RuleFor(d => d.Buyer).Slug();
        RuleFor(d => d.Product).Slug();
        RuleFor(d => d.AnnualVolume.Amount).Volume();
        RuleFor(d => d.StartYear).Year();
        RuleFor(d => d.TenorYears)
            .Must(t => t is null or >= 1 and <= InputLimits.MaxTenorYears)
            .WithMessage($"must be between 1 and {InputLimits.MaxTenorYears} when given")
            .WithErrorCode(RuleCodes.Range);
        RuleFor(d => d.Source).Text();
        RuleFor(d => d.Note).OptionalText();
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<ReferenceDeal> context, FluentValidation.Results.ValidationResult result)
    {
        ValidationCancellation.ThrowIfRequested(context);
        return base.PreValidate(context, result);
    }
}
