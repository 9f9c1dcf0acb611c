using FluentValidation;
using MineralsMatch.Minerals;

namespace MineralsMatch.Validation;

/// <summary>Checks a <see cref="Citation"/>: a source key and what it supports.</summary>
internal sealed class CitationValidator : AbstractValidator<Citation>
{
    /// <summary>Creates the validator.</summary>
    public CitationValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Source).Text();
        RuleFor(c => c.Supports).Text();
    }
}
