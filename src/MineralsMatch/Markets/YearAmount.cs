namespace MineralsMatch.Markets;

/// <summary>One entry of a <see cref="YearlyProfile"/>: from <paramref name="Year"/> on, <paramref name="Amount"/> per year.</summary>
/// <param name="Year">The calendar year the amount starts to apply.</param>
/// <param name="Amount">The yearly rate, in the unit of the owner's annual volume.</param>
public readonly record struct YearAmount(int Year, decimal Amount);
