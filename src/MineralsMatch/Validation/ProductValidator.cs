using FluentValidation;
using MineralsMatch.Minerals;

namespace MineralsMatch.Validation;

/// <summary>Checks a <see cref="Product"/>: id, form, pricing unit, content in (0, 1], codes and citations.</summary>
internal sealed class ProductValidator : AbstractValidator<Product>
{
    /// <summary>Creates the validator.</summary>
    public ProductValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(p => p.Id).Slug();
        RuleFor(p => p.Mineral).Slug();
        RuleFor(p => p.Name).Text();
        RuleFor(p => p.Form).Defined();
        RuleFor(p => p.PricingUnit).Defined();
        RuleFor(p => p.PriceBasis).Text();
        RuleFor(p => p.Content).Fraction();
        RuleFor(p => p.HsCode).Matches(InputPatterns.HsCode()).WithMessage("must be an HS subheading written NNNN.NN, such as '8112.92'").WithErrorCode(RuleCodes.Format);
        RuleFor(p => p.Cas).Matches(InputPatterns.Cas()).WithMessage("must be a CAS registry number such as '7440-55-3'").WithErrorCode(RuleCodes.Format);
        RuleFor(p => p.Citations).AtMost(InputLimits.MaxNested);
        RuleForEach(p => p.Citations).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new CitationValidator());
    }
}
