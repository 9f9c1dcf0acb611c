namespace MineralsMatch.Validation;

/// <summary>Errors found in a JSON document, placed at their values' lines and columns.</summary>
internal static class DocumentErrors
{
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
