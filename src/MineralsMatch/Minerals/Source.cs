namespace MineralsMatch.Minerals;

/// <summary>A publication the catalog's facts are taken from.</summary>
public sealed record Source
{
    /// <summary>A short unique key, e.g. <c>USGS-KZ-2015</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The publisher or author, when known.</summary>
    public string? Publisher { get; init; }

    /// <summary>The publication date as written by the source (a year or an ISO date).</summary>
    public string? Date { get; init; }

    /// <summary>Where to read it, when it is online.</summary>
    public Uri? Url { get; init; }
}
