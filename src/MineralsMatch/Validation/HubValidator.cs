using FluentValidation;
using MineralsMatch.Logistics;

namespace MineralsMatch.Validation;

/// <summary>Checks a <see cref="Hub"/>: id, name, country code and kind.</summary>
internal sealed class HubValidator : AbstractValidator<Hub>
{
    /// <summary>Creates the validator.</summary>
    public HubValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(h => h.Id).Slug();
        RuleFor(h => h.Name).Text();
        RuleFor(h => h.Country).CountryCode();
        RuleFor(h => h.Kind).Defined();
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Hub> context, FluentValidation.Results.ValidationResult result)
    {
        ValidationCancellation.ThrowIfRequested(context);
        return base.PreValidate(context, result);
    }
}
