using FluentValidation;
using MineralsMatch.Minerals;

namespace MineralsMatch.Validation;

/// <summary>Checks an <see cref="HsCode"/>: a six-digit subheading written <c>NNNN.NN</c>.</summary>
internal sealed class HsCodeValidator : AbstractValidator<HsCode>
{
    /// <summary>Creates the validator.</summary>
    public HsCodeValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(h => h.Code).NotNull().WithMessage("is required").WithErrorCode(RuleCodes.Required)
            .Matches(InputPatterns.HsCode()).WithMessage("must be an HS subheading written NNNN.NN, such as '8112.92'").WithErrorCode(RuleCodes.Format);
        RuleFor(h => h.Description).OptionalText();
    }
}
