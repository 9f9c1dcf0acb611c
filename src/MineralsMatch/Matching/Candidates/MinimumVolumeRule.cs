namespace MineralsMatch.Matching.Candidates;

/// <summary>The most the pair can trade per year (capacity, demand, share caps, route limit) must reach the least either side will sign.</summary>
public sealed class MinimumVolumeRule : ICandidateRule, IDeferredRule
{
    /// <inheritdoc />
    public string Name => "minimum-volume";

    /// <inheritdoc />
    public Reason? Check(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var most = pair.MaxAnnualVolume;
        var least = pair.MinAnnualVolume;
        return most >= least && most.Amount > 0m
            ? null
            : new Reason(ReasonKind.BelowMinimumVolume, $"at most {most}/yr can flow, below the contract minimum {least}/yr", pair.Offer.Id);
    }

    /// <inheritdoc />
    ReasonKind? IDeferredRule.Fails(in PairView pair, in PairFigures figures) =>
        figures.Most >= figures.Least && figures.Most.Amount > 0m ? null : ReasonKind.BelowMinimumVolume;
}
