using MineralsMatch.Markets;
using MineralsMatch.Policies;

namespace MineralsMatch.Stress;

/// <summary>Adds a dated trade measure to the market — an export ban or duty from a date, a licence, a transit risk.</summary>
/// <remarks>The measure acts exactly like one in the scenario's <c>policies</c> (see matching.md, Trade policies), so a ban
/// from 2027 leaves earlier years free and a duty lowers the value of contracts that run into it.</remarks>
public sealed record TradeMeasureShock : Shock
{
    /// <summary>The measure to add; its id must not be one the market already holds.</summary>
    public required TradeMeasure Measure { get; init; }

    /// <inheritdoc />
    public override string Kind => "trade-measure";

    /// <inheritdoc />
    public override Market Apply(Market market, IMineralCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market with { Policies = [.. market.Policies, Measure] };
    }

    /// <inheritdoc />
    public override string Describe() => "add trade measure " + Matching.Candidates.PairMeasures.Describe(Measure);
}
