namespace MineralsMatch.Matching;

/// <summary>A party that appears in a result, with the name and country reports show for its id.</summary>
/// <param name="Id">The party id used throughout the result.</param>
/// <param name="Name">The party's name.</param>
/// <param name="Country">The party's country, ISO 3166-1 alpha-2.</param>
public sealed record PartySummary(string Id, string Name, string Country);
