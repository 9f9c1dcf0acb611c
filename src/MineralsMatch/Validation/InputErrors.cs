using System.Collections;
using System.Globalization;
using FluentValidation.Results;

namespace MineralsMatch.Validation;

/// <summary>Turns FluentValidation failures into <see cref="InputError"/>s in the JSON-path vocabulary.</summary>
internal static class InputErrors
{
    /// <summary>Converts every failure, prefixing the property chain with <paramref name="chainPrefix"/> (e.g. <c>Options</c>).</summary>
    public static List<InputError> From(ValidationResult result, string? chainPrefix = null) =>
        [.. result.Errors.Select(f => new InputError
        {
            Path = JsonPaths.FromPropertyChain(Join(chainPrefix, f.PropertyName)),
            Rule = Code(f.ErrorCode),
            Message = f.ErrorMessage,
            AttemptedValue = Format(f.AttemptedValue),
        })];

    /// <summary>Drops repeats of the same rule at the same path, keeping the first.</summary>
    public static List<InputError> Distinct(IEnumerable<InputError> errors)
    {
        var seen = new HashSet<(string, string)>();
        return [.. errors.Where(e => seen.Add((e.Path, e.Rule)))];
    }

    /// <summary>The attempted value as text: invariant numbers, file spellings of enumerations, counts of collections.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable and not Enum => formattable.ToString(null, CultureInfo.InvariantCulture),
        Enum => EnumSpelling.Describe((Enum)value),
        ICollection collection => collection.Count.ToString(CultureInfo.InvariantCulture) + " items",
        IEnumerable sequence => sequence.Cast<object?>().Count().ToString(CultureInfo.InvariantCulture) + " items",
        _ => value.ToString(),
    };

    private static string Join(string? prefix, string? name) =>
        string.IsNullOrEmpty(prefix) ? name ?? string.Empty : string.IsNullOrEmpty(name) ? prefix : prefix + "." + name;

    private static string Code(string? errorCode) => errorCode switch
    {
        null or "" => RuleCodes.Required,
        _ when errorCode.EndsWith("Validator", StringComparison.Ordinal) => errorCode[..^"Validator".Length],
        _ => errorCode,
    };
}
