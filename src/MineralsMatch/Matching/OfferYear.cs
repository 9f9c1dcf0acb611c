using MineralsMatch.Minerals;

namespace MineralsMatch.Matching;

/// <summary>One year of an offer in the plan: its capacity that year, what the proposals take, what is left and why.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Capacity">The capacity that year (0 before a ramp starts or outside the window).</param>
/// <param name="Used">The deliveries of all proposals from the offer that year.</param>
/// <param name="Unused">Capacity left that year.</param>
/// <param name="Why">Why capacity is left, in words; empty when none is.</param>
public sealed record OfferYear(int Year, Quantity Capacity, Quantity Used, Quantity Unused, string Why);
