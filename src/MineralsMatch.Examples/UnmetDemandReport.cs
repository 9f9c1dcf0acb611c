using MineralsMatch.Matching;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Examples;

/// <summary>Writes the requirements left (partly) unmet, with the reasons the engine gives.</summary>
public static class UnmetDemandReport
{
    /// <summary>Writes each requirement with unmet volume: target, met, unmet, then one line per reason.</summary>
    /// <param name="outcomes">The requirement outcomes to report on.</param>
    /// <param name="output">Where to write.</param>
    /// <returns>How many requirements had unmet volume.</returns>
    public static int Write(IEnumerable<RequirementOutcome> outcomes, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(output);
        var count = 0;
        foreach (var outcome in outcomes.Where(o => o.Unmet.Amount > 0m))
        {
            count++;
            output.WriteLine(
                $"{outcome.Requirement} ({outcome.Buyer}): wants {Numbers.Quantity(outcome.Target)}/yr, met {Numbers.Quantity(outcome.Met)}, unmet {Numbers.Quantity(outcome.Unmet)}");
            foreach (var reason in outcome.Reasons)
            {
                output.WriteLine($"  - [{FileNames.Of(reason.Kind)}] {reason.Message}");
            }
        }

        if (count == 0)
        {
            output.WriteLine("(all demand met)");
        }

        return count;
    }
}
