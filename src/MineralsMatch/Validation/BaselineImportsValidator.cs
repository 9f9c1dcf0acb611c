using FluentValidation;
using MineralsMatch.Markets;

namespace MineralsMatch.Validation;

/// <summary>
/// Checks a <see cref="BaselineImports"/> on its own: mineral id, importer country code, year 1900–2200, quantity &gt; 0, at
/// least one country share, each share of a unique country greater than 0 and at most 1, the shares adding up to at most 1, a
/// source key. References (the mineral, the source) are checked by <see cref="MarketValidator"/>.
/// </summary>
internal sealed class BaselineImportsValidator : AbstractValidator<BaselineImports>
{
    /// <summary>Creates the validator.</summary>
    public BaselineImportsValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(b => b.Mineral).Slug();
        RuleFor(b => b.Importer).CountryCode();
        RuleFor(b => b.Year).Year();
        RuleFor(b => b.Quantity.Amount).Volume();
        RuleFor(b => b.Shares)
            .Must(s => s.Count > 0).WithMessage("must name at least one country").WithErrorCode(RuleCodes.Required)
            .AtMost(InputLimits.MaxItems)
            .Must(s => s.Any(x => x is null || x.Share <= 0m || x.Share > 1m) || s.Sum(x => x.Share) <= 1m)
            .WithMessage((_, s) => $"must add up to at most 1 (they add up to {InputRules.Text(s.Where(x => x is not null).Sum(x => x.Share))}); the rest is from countries the source does not name")
            .WithErrorCode(RuleCodes.Inconsistent)
            .Custom((shares, context) => context.FailDuplicates(shares, "Shares", s => s?.Country, "Country", "country share"));
        RuleForEach(b => b.Shares).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).ChildRules(share =>
        {
            share.RuleFor(s => s.Country).CountryCode();
            share.RuleFor(s => s.Share).Fraction();
        });
        RuleFor(b => b.Source).Text();
        RuleFor(b => b.Note).OptionalText();
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<BaselineImports> context, FluentValidation.Results.ValidationResult result)
    {
        ValidationCancellation.ThrowIfRequested(context);
        return base.PreValidate(context, result);
    }
}
