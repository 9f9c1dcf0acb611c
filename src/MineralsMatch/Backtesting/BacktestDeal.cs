using MineralsMatch.Collections;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;

namespace MineralsMatch.Backtesting;

/// <summary>The verdict on one reference deal: what the engine proposed between the same parties and why it differs.</summary>
public sealed record BacktestDeal
{
    /// <summary>The reference deal.</summary>
    public required ReferenceDeal Deal { get; init; }

    /// <summary>The verdict.</summary>
    public required DealVerdict Verdict { get; init; }

    /// <summary>The ids of the proposals from the deal's supplier to its buyer for its product, ordered by id; empty when missed.</summary>
    public IReadOnlyList<string> Proposals { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The proposals' annual volumes added up, in the unit of the deal's volume; <see langword="null"/> when missed.</summary>
    public Quantity? ProposedVolume { get; init; }

    /// <summary>The earliest start year of the proposals; <see langword="null"/> when missed.</summary>
    public int? ProposedStartYear { get; init; }

    /// <summary>
    /// Why, in words: the comparison with the reference and, when not recovered, who took the supplier's capacity at what
    /// value per unit, the offer's and the requirement's shadow prices, and the engine's reasons for the unmet demand.
    /// </summary>
    public required string Reason { get; init; }
}
