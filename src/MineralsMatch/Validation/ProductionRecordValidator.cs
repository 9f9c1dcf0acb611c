using FluentValidation;
using MineralsMatch.Minerals;

namespace MineralsMatch.Validation;

/// <summary>Checks a <see cref="ProductionRecord"/>: mineral id, country code, status, producer ids and citations.</summary>
internal sealed class ProductionRecordValidator : AbstractValidator<ProductionRecord>
{
    /// <summary>Creates the validator.</summary>
    public ProductionRecordValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(p => p.Mineral).Slug();
        RuleFor(p => p.Country).CountryCode();
        RuleFor(p => p.Status).Defined();
        RuleFor(p => p.Producers).AtMost(InputLimits.MaxNested);
        RuleForEach(p => p.Producers).Slug();
        RuleFor(p => p.Sites).AtMost(InputLimits.MaxNested);
        RuleForEach(p => p.Sites).Text();
        RuleFor(p => p.Note).OptionalText();
        RuleFor(p => p.Citations).AtMost(InputLimits.MaxNested);
        RuleForEach(p => p.Citations).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new CitationValidator());
    }
}
