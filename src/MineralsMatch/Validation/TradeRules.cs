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

    /// <summary>
    /// A volume by year: a start quarter 1–4, at least one entry, years inside the window and strictly increasing,
    /// amounts from 0 to the annual volume (which stays the most in any year).
    /// </summary>
    public static void Profile<T>(ValidationContext<T> context, string name, Quantity annual, Markets.DeliveryWindow window, Markets.YearlyProfile? profile)
    {
        if (profile is null)
        {
            return;
        }

        if (profile.StartQuarter is < 1 or > 4)
        {
            context.Fail(name + ".StartQuarter", RuleCodes.Range, "must be between 1 and 4", profile.StartQuarter);
        }

        if (profile.Years.Count == 0)
        {
            context.Fail(name + ".Years", RuleCodes.Required, "must hold at least one year", "0 items");
            return;
        }

        for (var i = 0; i < profile.Years.Count; i++)
        {
            var entry = profile.Years[i];
            var path = $"{name}.Years[{i}]";
            if (entry.Year < window.FirstYear || entry.Year > window.LastYear)
            {
                context.Fail(path + ".Year", RuleCodes.Range, $"must be within the window ({window})", entry.Year);
            }
            else if (i > 0 && entry.Year <= profile.Years[i - 1].Year)
            {
                context.Fail(path + ".Year", RuleCodes.Inconsistent, $"must be after the previous entry's year ({InputRules.Text(profile.Years[i - 1].Year)})", entry.Year);
            }

            if (entry.Amount < 0m)
            {
                context.Fail(path + ".Amount", RuleCodes.Range, "must not be negative", entry.Amount);
            }
            else if (annual.Amount > 0m && entry.Amount > annual.Amount)
            {
                context.Fail(path + ".Amount", RuleCodes.Inconsistent, $"must not exceed annualVolume ({annual})", entry.Amount);
            }
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
