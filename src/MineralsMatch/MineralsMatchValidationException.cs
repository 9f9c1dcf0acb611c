using MineralsMatch.Collections;

namespace MineralsMatch;

/// <summary>Thrown when user input (a market, a scenario or catalog file, options, builder calls) is invalid; lists every error found, not just the first.</summary>
/// <remarks>
/// The message holds one line per error in the form of <see cref="InputError.ToString"/>.
/// Infeasible or empty markets are not errors: they give a <see cref="MatchResult"/> whose explanations say why.
/// </remarks>
public sealed class MineralsMatchValidationException : Exception
{
    /// <summary>Creates the exception from the errors found.</summary>
    /// <param name="errors">At least one error.</param>
    public MineralsMatchValidationException(IEnumerable<InputError> errors)
        : this(ValueList<InputError>.From(errors))
    {
    }

    /// <summary>Creates the exception with a message only (no structured errors).</summary>
    public MineralsMatchValidationException()
        : this(ValueList<InputError>.Empty)
    {
    }

    /// <summary>Creates the exception with a single free-form error message.</summary>
    /// <param name="message">The message.</param>
    public MineralsMatchValidationException(string message)
        : this(ValueList<InputError>.From([new InputError { Path = "$", Rule = "Invalid", Message = message }]))
    {
    }

    /// <summary>Creates the exception with a single free-form error message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MineralsMatchValidationException(string message, Exception innerException)
        : base(message, innerException) =>
        Errors = ValueList<InputError>.From([new InputError { Path = "$", Rule = "Invalid", Message = message }]);

    private MineralsMatchValidationException(ValueList<InputError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Every error found, in document order.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    private static string Describe(ValueList<InputError> errors) => errors.Count switch
    {
        0 => "The input is invalid.",
        1 => "The input is invalid: " + errors[0],
        _ => $"The input has {errors.Count} errors:" + "\n" + string.Join("\n", errors.Select(e => "  " + e)),
    };
}
