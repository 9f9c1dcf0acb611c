using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MineralsMatch.Validation;

namespace MineralsMatch.Scenarios;

/// <summary>The strict load: deserialize (a syntax or shape error stops here), then locate every later error in the file.</summary>
internal static class DocumentLoading
{
    public static T Deserialize<T>(byte[] json, JsonTypeInfo<T> typeInfo, string fileName)
        where T : class
    {
        try
        {
            if (JsonSerializer.Deserialize(json, typeInfo) is { } document)
            {
                return document;
            }

            throw new MineralsMatchValidationException([new InputError
            {
                File = fileName, Line = 1, Column = 1, Path = "$", Rule = RuleCodes.Type, Message = "expected an object", AttemptedValue = "null",
            }]);
        }
        catch (JsonException ex)
        {
            throw new MineralsMatchValidationException([JsonErrorTranslation.Translate(ex, typeInfo, TokenIndex.Build(json), fileName)]);
        }
    }

    /// <summary>Throws every error, each placed at its value's line and column, in document order.</summary>
    public static void ThrowIfAny(IEnumerable<InputError> errors, byte[] json, string fileName)
    {
        var distinct = InputErrors.Distinct(errors);
        if (distinct.Count == 0)
        {
            return;
        }

        var index = TokenIndex.Build(json);
        var located = distinct
            .Select(e => index.Nearest(e.Path) is { } at ? e with { File = fileName, Line = at.Line, Column = at.Column } : e with { File = fileName })
            .Select((e, order) => (e, order))
            .OrderBy(x => x.e.Line ?? long.MaxValue).ThenBy(x => x.e.Column ?? long.MaxValue).ThenBy(x => x.order)
            .Select(x => x.e);
        throw new MineralsMatchValidationException(located);
    }
}
