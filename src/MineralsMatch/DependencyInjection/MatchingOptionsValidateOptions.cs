using Microsoft.Extensions.Options;
using MineralsMatch.Matching;
using MineralsMatch.Validation;

namespace MineralsMatch.DependencyInjection;

/// <summary>Validates every named <see cref="MatchingOptions"/> with the FluentValidation rules the engine applies to a run's options.</summary>
/// <remarks>Each failure reads as the engine reports it, e.g. <c>$.bargainingShare: must be between 0 and 1 (was 1.5)</c>.</remarks>
internal sealed class MatchingOptionsValidateOptions : IValidateOptions<MatchingOptions>
{
    public ValidateOptionsResult Validate(string? name, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = MatchingOptionsValidation.Validate(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => e.ToString()));
    }
}
