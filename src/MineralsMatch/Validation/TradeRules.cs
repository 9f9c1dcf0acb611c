using FluentValidation;
using MineralsMatch.Minerals;

namespace MineralsMatch.Validation;

/// <summary>Checks shared by offers and requirements that compare two values or walk a map.</summary>
internal static class TradeRules
{
    public const int MaxAttributes = 100;

    /// <summary>The least annual volume is positive and not above the annual volume.</summary>
    public static void MinimumVolume<T>(ValidationContext<T> context, Quantity annual, Quantity? minimum)
    {
        if (minimum is not { } least)
        {
            return;
        }

        if (least.Amount <= 0m)
        {
            context.Fail("MinAnnualVolume.Amount", RuleCodes.GreaterThan, "must be greater than 0", least.Amount);
        }
        else if (annual.Amount > 0m && least > annual)
        {
            context.Fail("MinAnnualVolume.Amount", RuleCodes.Inconsistent, $"must not exceed annualVolume ({annual})", least.Amount);
        }
    }

    /// <summary>Attribute keys are non-empty and values bounded.</summary>
    public static void Attributes<T>(ValidationContext<T> context, IReadOnlyDictionary<string, string> attributes)
    {
        foreach (var (key, value) in attributes)
        {
            var path = "Attributes" + JsonPaths.Key(key);
            if (string.IsNullOrWhiteSpace(key) || key.Length > 100)
            {
                context.Fail(path, RuleCodes.Text, "must have a non-empty key of at most 100 characters", key);
            }
            else if (value is null)
            {
                context.Fail(path, RuleCodes.Required, "must not be null", null);
            }
            else if (ControlCharacters.IndexOf(key) >= 0)
            {
                context.Fail(path, RuleCodes.ControlCharacter, "must have a key without control characters", key);
            }
            else if (ControlCharacters.IndexOf(value, multiline: true) >= 0)
            {
                context.Fail(path, RuleCodes.ControlCharacter, ControlCharacters.Describe(value, multiline: true), value);
            }
            else if (value.Length > InputLimits.MaxText)
            {
                context.Fail(path, RuleCodes.Text, $"must be at most {InputLimits.MaxText} characters", null);
            }
        }
    }
}
