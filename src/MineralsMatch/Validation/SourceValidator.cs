using FluentValidation;
using MineralsMatch.Minerals;

namespace MineralsMatch.Validation;

/// <summary>Checks a <see cref="Source"/>: key, title, and an absolute http(s) URL when given.</summary>
internal sealed class SourceValidator : AbstractValidator<Source>
{
    /// <summary>Creates the validator.</summary>
    public SourceValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(s => s.Key).Text();
        RuleFor(s => s.Title).Text();
        RuleFor(s => s.Publisher).OptionalText();
        RuleFor(s => s.Date).OptionalText();
        RuleFor(s => s.Url)
            .Must(u => u is null || (u.IsAbsoluteUri && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp)))
            .WithMessage("must be an absolute http or https URL").WithErrorCode(RuleCodes.Format);
    }
}
