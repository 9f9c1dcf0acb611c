using FluentValidation;
using MineralsMatch.Parties;

namespace MineralsMatch.Validation;

/// <summary>Checks a <see cref="Party"/>: id, name, country code, at least one known role, mineral ids and citations.</summary>
internal sealed class PartyValidator : AbstractValidator<Party>
{
    private const PartyRoles AllRoles = PartyRoles.Producer | PartyRoles.Buyer | PartyRoles.Trader | PartyRoles.Agency;

    /// <summary>Creates the validator.</summary>
    public PartyValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(p => p.Id).Slug();
        RuleFor(p => p.Name).Text();
        RuleFor(p => p.Country).CountryCode();
        RuleFor(p => p.Roles)
            .Must(r => r != PartyRoles.None).WithMessage("must hold at least one role (producer, buyer, trader, agency)").WithErrorCode(RuleCodes.Required)
            .Must(r => (r & ~AllRoles) == 0).WithMessage("must hold only the roles producer, buyer, trader, agency").WithErrorCode(RuleCodes.UnknownValue);
        RuleFor(p => p.Produces).AtMost(InputLimits.MaxNested);
        RuleForEach(p => p.Produces).Slug();
        RuleFor(p => p.Buys).AtMost(InputLimits.MaxNested);
        RuleForEach(p => p.Buys).Slug();
        RuleFor(p => p.Note).OptionalText();
        RuleFor(p => p.Citations).AtMost(InputLimits.MaxNested);
        RuleForEach(p => p.Citations).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new CitationValidator());
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Party> context, FluentValidation.Results.ValidationResult result)
    {
        ValidationCancellation.ThrowIfRequested(context);
        return base.PreValidate(context, result);
    }
}
