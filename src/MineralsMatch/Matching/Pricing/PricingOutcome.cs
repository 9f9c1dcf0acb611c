namespace MineralsMatch.Matching.Pricing;

/// <summary>What the pricing stage hands on.</summary>
/// <param name="Rents">The competitive rents of every link of the explanation network.</param>
/// <param name="Requirements">Per requirement (market order), the bid at which it would be served where it has a shortfall.</param>
/// <param name="Offers">Per offer (market order), the ask at which it would sell where it has unsold capacity.</param>
internal sealed record PricingOutcome(LinkRents Rents, ReservationPrice[] Requirements, ReservationPrice[] Offers);
