using System.Globalization;
using FluentValidation;

namespace MineralsMatch.Validation;

/// <summary>The rules shared by the validators, each with a message in the JSON-path vocabulary and a stable code.</summary>
internal static class InputRules
{
    public static IRuleBuilderOptions<T, string?> Slug<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotNull().WithMessage("is required").WithErrorCode(RuleCodes.Required)
            .Matches(InputPatterns.Slug()).WithMessage("must be a lowercase slug such as 'gallium-4n' (letters a-z, digits, single hyphens)").WithErrorCode(RuleCodes.Slug);

    public static IRuleBuilderOptions<T, string?> CountryCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotNull().WithMessage("is required").WithErrorCode(RuleCodes.Required)
            .Matches(InputPatterns.CountryCode()).WithMessage("must be an ISO 3166-1 alpha-2 country code such as 'KZ'").WithErrorCode(RuleCodes.CountryCode);

    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotNull().WithMessage("is required").WithErrorCode(RuleCodes.Required)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("must not be empty").WithErrorCode(RuleCodes.Text)
            .Must(t => ControlCharacters.IndexOf(t) < 0).WithMessage((_, t) => ControlCharacters.Describe(t)).WithErrorCode(RuleCodes.ControlCharacter)
            .MaximumLength(InputLimits.MaxText).WithMessage($"must be at most {InputLimits.MaxText} characters").WithErrorCode(RuleCodes.Text);

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(t => t is null || !string.IsNullOrWhiteSpace(t)).WithMessage("must not be empty when given (leave it out instead)").WithErrorCode(RuleCodes.Text)
            .Must(t => ControlCharacters.IndexOf(t, multiline: true) < 0).WithMessage((_, t) => ControlCharacters.Describe(t, multiline: true)).WithErrorCode(RuleCodes.ControlCharacter)
            .MaximumLength(InputLimits.MaxText).WithMessage($"must be at most {InputLimits.MaxText} characters").WithErrorCode(RuleCodes.Text);

    public static IRuleBuilderOptions<T, decimal> Positive<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThan(0m).WithMessage("must be greater than 0").WithErrorCode(RuleCodes.GreaterThan);

    public static IRuleBuilderOptions<T, decimal> Volume<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.Positive()
            .LessThanOrEqualTo(InputLimits.MaxVolume).WithMessage($"must be at most {Text(InputLimits.MaxVolume)}").WithErrorCode(RuleCodes.Range);

    public static IRuleBuilderOptions<T, decimal> Money<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.Positive()
            .LessThanOrEqualTo(InputLimits.MaxPrice).WithMessage($"must be at most {Text(InputLimits.MaxPrice)} USD per unit").WithErrorCode(RuleCodes.Range);

    public static IRuleBuilderOptions<T, decimal> NotNegative<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThanOrEqualTo(0m).WithMessage("must not be negative").WithErrorCode(RuleCodes.Range);

    public static IRuleBuilderOptions<T, decimal> Fraction<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.Must(v => v > 0m && v <= 1m).WithMessage("must be greater than 0 and at most 1").WithErrorCode(RuleCodes.Range);

    public static IRuleBuilderOptions<T, decimal?> Fraction<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(v => v is null || (v > 0m && v <= 1m)).WithMessage("must be greater than 0 and at most 1").WithErrorCode(RuleCodes.Range);

    public static IRuleBuilderOptions<T, decimal> Between<T>(this IRuleBuilder<T, decimal> rule, decimal from, decimal to) =>
        rule.InclusiveBetween(from, to).WithMessage($"must be between {Text(from)} and {Text(to)}").WithErrorCode(RuleCodes.Range);

    public static IRuleBuilderOptions<T, int> Between<T>(this IRuleBuilder<T, int> rule, int from, int to) =>
        rule.InclusiveBetween(from, to).WithMessage($"must be between {Text(from)} and {Text(to)}").WithErrorCode(RuleCodes.Range);

    public static IRuleBuilderOptions<T, int> Year<T>(this IRuleBuilder<T, int> rule) => rule.Between(InputLimits.FirstYear, InputLimits.LastYear);

    public static IRuleBuilderOptions<T, TEnum> Defined<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.Must(Enum.IsDefined).WithMessage($"must be one of: {string.Join(", ", JsonEnum<TEnum>.Default.Names)}").WithErrorCode(RuleCodes.UnknownValue);

    public static IRuleBuilderOptions<T, TEnum?> Defined<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.Must(v => v is null || Enum.IsDefined(v.Value)).WithMessage($"must be one of: {string.Join(", ", JsonEnum<TEnum>.Default.Names)}").WithErrorCode(RuleCodes.UnknownValue);

    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>> AtMost<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>> rule, int count) =>
        rule.NotNull().WithMessage("is required").WithErrorCode(RuleCodes.Required)
            .Must(list => list.Count <= count).WithMessage($"must hold at most {Text(count)} items").WithErrorCode(RuleCodes.TooMany);

    public static IRuleBuilderOptions<T, IReadOnlyDictionary<string, TValue>> AtMost<T, TValue>(this IRuleBuilder<T, IReadOnlyDictionary<string, TValue>> rule, int count) =>
        rule.NotNull().WithMessage("is required").WithErrorCode(RuleCodes.Required)
            .Must(map => map.Count <= count).WithMessage($"must hold at most {Text(count)} entries").WithErrorCode(RuleCodes.TooMany);

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
