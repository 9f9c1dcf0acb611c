using FluentValidation;
using MineralsMatch.Minerals;

namespace MineralsMatch.Validation;

/// <summary>Checks a <see cref="CriticalityList"/>: id, name, member ids and citations.</summary>
internal sealed class CriticalityListValidator : AbstractValidator<CriticalityList>
{
    /// <summary>Creates the validator.</summary>
    public CriticalityListValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(l => l.Id).Slug();
        RuleFor(l => l.Name).Text();
        RuleFor(l => l.Description).OptionalText();
        RuleFor(l => l.Members).AtMost(InputLimits.MaxItems);
        RuleForEach(l => l.Members).Slug();
        RuleFor(l => l.Citations).AtMost(InputLimits.MaxNested);
        RuleForEach(l => l.Citations).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new CitationValidator());
    }
}
