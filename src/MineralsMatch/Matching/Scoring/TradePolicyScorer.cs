using System.Globalization;
using MineralsMatch.Contracts;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Policies;

namespace MineralsMatch.Matching.Scoring;

/// <summary>
/// Trade measures as a cost in the pair's first shared year: export duties (also in the landed cost) and the expected loss of
/// licence refusals and transit disruption. The planner applies each later year's own measures.
/// </summary>
public sealed class TradePolicyScorer : ICandidateScorer, IFigureScorer
{
    /// <inheritdoc />
    public string Name => "trade-policy";

    /// <inheritdoc />
    public ValueComponent? Score(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        if (pair.Measures.Count == 0)
        {
            return null;
        }

        var year = pair.FirstYear;
        var cost = PairMeasures.CostPerUnit(pair, year);
        var acting = pair.Measures.Where(m => m.Kind is MeasureKind.ExportDuty or MeasureKind.ExportLicence or MeasureKind.TransitRisk && m.InForceIn(year)).ToList();
        if (acting.Count == 0)
        {
            return null;
        }

        return new ValueComponent(
            Name,
            -cost,
            string.Create(CultureInfo.InvariantCulture, $"in {year}: duty {PairMeasures.DutyPerUnit(pair, year):0.##} + expected loss {PairMeasures.RiskPerUnit(pair, year):0.##} from {string.Join("; ", acting.Select(PairMeasures.Describe))}"));
    }

    /// <inheritdoc />
    ValueComponent? IFigureScorer.Score(CandidatePair pair, in PairFigures figures) => Score(pair);

    /// <inheritdoc />
    decimal? IFigureScorer.Value(in PairView pair, in PairFigures figures) => pair.HasMeasures ? Score(pair.Record!)?.UsdPerUnit : null;
}
