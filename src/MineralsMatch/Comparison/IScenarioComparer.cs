namespace MineralsMatch.Comparison;

/// <summary>Compares two match results: the extension point for what a "change" is.</summary>
public interface IScenarioComparer
{
    /// <summary>Compares a baseline with a variant.</summary>
    /// <param name="baseline">The result before.</param>
    /// <param name="variant">The result after.</param>
    /// <returns>What changed.</returns>
    ScenarioComparison Compare(ResultSnapshot baseline, ResultSnapshot variant);
}
