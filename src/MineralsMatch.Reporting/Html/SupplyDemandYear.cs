namespace MineralsMatch.Reporting.Html;

/// <summary>One year of a <see cref="SupplyDemandSeries"/>.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Capacity">The offers' total capacity.</param>
/// <param name="Sold">The offers' total volume under proposed contracts.</param>
/// <param name="Demand">The requirements' total demand.</param>
/// <param name="Met">The requirements' total volume met by proposed contracts.</param>
internal sealed record SupplyDemandYear(int Year, decimal Capacity, decimal Sold, decimal Demand, decimal Met);
