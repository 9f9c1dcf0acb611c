namespace MineralsMatch.Logistics;

/// <summary>A place goods leave from, pass through or arrive at.</summary>
public sealed record Hub
{
    /// <summary>The hub id, unique in the market (e.g. <c>aktau</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The country, ISO 3166-1 alpha-2.</summary>
    public required string Country { get; init; }

    /// <summary>What kind of place it is.</summary>
    public required HubKind Kind { get; init; }
}
