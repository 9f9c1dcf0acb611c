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
}
