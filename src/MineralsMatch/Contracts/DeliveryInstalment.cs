using MineralsMatch.Minerals;

namespace MineralsMatch.Contracts;

/// <summary>One scheduled delivery of a contract.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Quarter">The quarter, 1 to 4.</param>
/// <param name="Quantity">The quantity due.</param>
public sealed record DeliveryInstalment(int Year, int Quarter, Quantity Quantity);
