using FluentValidation;
using MineralsMatch.Minerals;

namespace MineralsMatch.Validation;

/// <summary>Checks a <see cref="Mineral"/>: id, names, group, HS and CAS codes, products and citations.</summary>
internal sealed class MineralValidator : AbstractValidator<Mineral>
{
    /// <summary>Creates the validator.</summary>
    public MineralValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(m => m.Id).Slug();
        RuleFor(m => m.Name).Text();
        RuleFor(m => m.Symbol).Text();
        RuleFor(m => m.Group).Defined();
        RuleFor(m => m.Cas).Matches(InputPatterns.Cas()).WithMessage("must be a CAS registry number such as '7440-55-3'").WithErrorCode(RuleCodes.Format);
        RuleFor(m => m.Note).OptionalText();
        RuleFor(m => m.HsCodes).AtMost(InputLimits.MaxNested);
        RuleForEach(m => m.HsCodes).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new HsCodeValidator());
        RuleFor(m => m.Products).AtMost(InputLimits.MaxNested);
        RuleForEach(m => m.Products).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new ProductValidator());
        RuleFor(m => m.Citations).AtMost(InputLimits.MaxNested);
        RuleForEach(m => m.Citations).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new CitationValidator());
    }
}
