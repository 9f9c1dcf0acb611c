namespace MineralsMatch.Markets;

/// <summary>One country's share of a mineral's imports.</summary>
/// <param name="Country">The exporting country (ISO 3166-1 alpha-2).</param>
/// <param name="Share">Its share of the quantity, 0 to 1.</param>
public sealed record CountryShare(string Country, decimal Share);
