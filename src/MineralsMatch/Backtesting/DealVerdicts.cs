namespace MineralsMatch.Backtesting;

/// <summary>Stable names of <see cref="DealVerdict"/> values, as written to JSON and reports.</summary>
public static class DealVerdicts
{
    /// <summary>The lowercase name: <c>recovered</c>, <c>partly</c> or <c>missed</c>.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The name.</returns>
    public static string Name(DealVerdict verdict) => verdict switch
    {
        DealVerdict.Recovered => "recovered",
        DealVerdict.Partly => "partly",
        DealVerdict.Missed => "missed",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };
}
