namespace MineralsMatch.Matching;

/// <summary>How concentrated one buyer's proposed supply is across suppliers.</summary>
/// <param name="Buyer">The buyer id.</param>
/// <param name="Suppliers">The number of distinct suppliers in its proposals.</param>
/// <param name="Hhi">The Herfindahl–Hirschman index of supplier shares of its proposed volume (kg), 0 to 10 000; 10 000 is a single supplier.</param>
public sealed record BuyerConcentration(string Buyer, int Suppliers, decimal Hhi);
