using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Terms;

namespace MineralsMatch.Matching.Pricing;

/// <summary>
/// The competitive rents of the links of one allocation network, worked out per link when asked: only allocated links need them,
/// and the next best use and alternative of every link come from two <see cref="NextBest"/> tables built once.
/// </summary>
internal sealed class LinkRents
{
    private readonly AllocationProblem _network;
    private readonly DualFace _face;
    private readonly decimal _perStep;
    private readonly NextBest _uses;
    private readonly NextBest _alternatives;

    /// <summary>Builds the tables of <paramref name="network"/> under the duals <paramref name="face"/>.</summary>
    /// <param name="network">The total-value allocation network.</param>
    /// <param name="face">Its optimal duals.</param>
    /// <param name="perStep">USD per unit of one value unit per volume step.</param>
    public LinkRents(AllocationProblem network, DualFace face, decimal perStep)
    {
        _network = network;
        _face = face;
        _perStep = perStep;
        _uses = new NextBest(network.Supplies.Count);
        _alternatives = new NextBest(network.Demands.Count);
        foreach (var link in network.Links)
        {
            // The seller's other buyers, each keeping its largest core value; the buyer's other offers, each at its highest core price.
            _uses.Add(link.Supply, link.Demand, link.Value - face.DemandHigh[link.Demand]);
            _alternatives.Add(link.Demand, link.Supply, link.Value - face.SupplyHigh[link.Supply]);
        }
    }

    /// <summary>The rents of link <paramref name="k"/>.</summary>
    /// <param name="k">The link's index in the network.</param>
    /// <returns>Its rents in USD per pricing unit.</returns>
    public CompetitiveRents For(int k)
    {
        var link = _network.Links[k];
        var use = _uses.ExceptOrZero(link.Supply, link.Demand);
        var alternative = _alternatives.ExceptOrZero(link.Demand, link.Supply);
        return new CompetitiveRents
        {
            PairValue = link.Value * _perStep,
            SellerRent = _face.SupplySolver[link.Supply] * _perStep,
            SellerRentLow = _face.SupplyLow[link.Supply] * _perStep,
            SellerRentHigh = _face.SupplyHigh[link.Supply] * _perStep,
            BuyerRentLow = _face.DemandLow[link.Demand] * _perStep,
            BuyerRentHigh = _face.DemandHigh[link.Demand] * _perStep,
            SellerNextBestUse = Math.Min(use, _face.SupplyLow[link.Supply]) * _perStep,
            BuyerNextBestAlternative = Math.Min(alternative, link.Value - _face.SupplyHigh[link.Supply]) * _perStep,
        };
    }
}
