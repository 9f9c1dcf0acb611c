using MineralsMatch.Validation;

namespace MineralsMatch.Matching;

/// <summary>Validates <see cref="MatchingOptions"/> and reports every error in the JSON-path vocabulary (<c>$.bargainingShare</c>).</summary>
public static class MatchingOptionsValidation
{
    /// <summary>Every error in the options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The errors; empty when the options are valid.</returns>
    public static IReadOnlyList<InputError> Validate(MatchingOptions options) => Validate(options, null);

    /// <summary>Throws when the options have any error.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="MineralsMatchValidationException">The options are invalid; every error is listed.</exception>
    public static void ThrowIfInvalid(MatchingOptions options)
    {
        var errors = Validate(options);
        if (errors.Count > 0)
        {
            throw new MineralsMatchValidationException(errors);
        }
    }

    internal static List<InputError> Validate(MatchingOptions options, string? chainPrefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        return InputErrors.From(new MatchingOptionsValidator().Validate(options), chainPrefix);
    }
}
