namespace MineralsMatch.Scenarios.Documents;

/// <summary>A grade or spec as written; every key optional.</summary>
internal sealed class GradeDocument
{
    public string? Form { get; init; }

    public decimal? MinContent { get; init; }

    public IReadOnlyDictionary<string, decimal>? MaxImpuritiesPpm { get; init; }
}
