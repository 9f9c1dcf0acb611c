using Microsoft.Extensions.Logging;

namespace MineralsMatch.Matching;

/// <summary>The engine's log messages, source-generated so that a disabled level costs one check.</summary>
internal static partial class MatchingLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Stage {Stage} of market {Market} took {ElapsedMilliseconds} ms")]
    public static partial void StageTime(ILogger logger, MatchStage stage, string market, double elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Market {Market}: {Accepted} candidate pairs accepted, {Rejected} rejected")]
    public static partial void Candidates(ILogger logger, string market, int accepted, int rejected);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Market {Market}: the plan left out {Dropped} pairs the representative network would use (below their minimum volume or not fitting every year)")]
    public static partial void DroppedPairs(ILogger logger, string market, int dropped);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Market {Market}: planner {Planner} finished {Optimality} (objective {Objective}, bound {Bound}, gap {Gap:P4}); allocation solver {Solver} status {Status}")]
    public static partial void SolverStatus(ILogger logger, string market, string planner, Planning.PlanOptimality optimality, double objective, double bound, double gap, string solver, string status);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Market {Market}: {Proposals} contracts proposed in {ElapsedMilliseconds} ms")]
    public static partial void RunCompleted(ILogger logger, string market, int proposals, double elapsedMilliseconds);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Planning year {Year}: {Rounds} repair rounds dropped {Dropped} contracts below their minimum volume")]
    public static partial void RepairRounds(ILogger logger, int year, int rounds, int dropped);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Planning year {Year}: repair stopped at the time limit after {Rounds} rounds with {Remaining} contracts still below their minimum volume")]
    public static partial void RepairStopped(ILogger logger, int year, int rounds, int remaining);
}
