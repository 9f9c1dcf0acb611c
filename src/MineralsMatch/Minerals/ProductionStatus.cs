namespace MineralsMatch.Minerals;

/// <summary>Whether a country produces a mineral now, will, or did.</summary>
public enum ProductionStatus
{
    /// <summary>Output recorded in the last few years.</summary>
    Current,

    /// <summary>A committed project with a date.</summary>
    Planned,

    /// <summary>Recorded output, now stopped.</summary>
    Past,
}
