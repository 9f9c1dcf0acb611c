using FluentValidation;
using MineralsMatch.Logistics;

namespace MineralsMatch.Validation;

/// <summary>Checks a <see cref="Route"/>: id, name, at least one leg, legs chained end to start, a positive capacity when given.</summary>
/// <remarks>That the hubs exist is a market-level check (<see cref="MarketValidator"/>).</remarks>
internal sealed class RouteValidator : AbstractValidator<Route>
{
    private const int MaxLegs = 50;

    /// <summary>Creates the validator.</summary>
    public RouteValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Id).Slug();
        RuleFor(r => r.Name).Text();
        RuleFor(r => r.Note).OptionalText();
        RuleFor(r => r.Tags).AtMost(InputLimits.MaxNested);
        RuleForEach(r => r.Tags).Slug();
        RuleFor(r => r.Legs).AtMost(MaxLegs)
            .Must(legs => legs.Count > 0).WithMessage("must hold at least one leg").WithErrorCode(RuleCodes.Required)
            .Custom((legs, context) =>
            {
                for (var i = 1; i < legs.Count; i++)
                {
                    if (legs[i - 1] is { To: { } end } && legs[i] is { From: { } start } && !string.Equals(start, end, StringComparison.Ordinal))
                    {
                        context.Fail($"Legs[{i}].From", RuleCodes.Inconsistent, $"must be where the previous leg ends ('{end}')", start);
                    }
                }
            });
        RuleForEach(r => r.Legs).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new RouteLegValidator());
        RuleFor(r => r.MaxAnnualVolume).Custom((capacity, context) => Capacity(context, "MaxAnnualVolume", capacity));
        RuleFor(r => r.SharedAnnualCapacity).Custom((capacity, context) => Capacity(context, "SharedAnnualCapacity", capacity));
    }

    private static void Capacity(ValidationContext<Route> context, string name, Minerals.Quantity? capacity)
    {
        if (capacity is { Amount: <= 0m } q)
        {
            context.Fail(name + ".Amount", RuleCodes.GreaterThan, "must be greater than 0", q.Amount);
        }
        else if (capacity is { } c && c.Amount > InputLimits.MaxVolume)
        {
            context.Fail(name + ".Amount", RuleCodes.Range, $"must be at most {InputRules.Text(InputLimits.MaxVolume)}", c.Amount);
        }
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Route> context, FluentValidation.Results.ValidationResult result)
    {
        ValidationCancellation.ThrowIfRequested(context);
        return base.PreValidate(context, result);
    }
}
