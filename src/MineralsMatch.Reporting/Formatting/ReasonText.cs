using MineralsMatch.Matching;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Reporting.Formatting;

/// <summary>Turns typed reasons into the words reports show.</summary>
internal static class ReasonText
{
    /// <summary>The kind in words: <c>CapacityTaken</c> becomes <c>Capacity taken</c>.</summary>
    public static string Kind(ReasonKind kind)
    {
        var words = FileNames.Of(kind).Replace('-', ' ');
        return string.Concat(words[..1].ToUpperInvariant(), words[1..]);
    }

    /// <summary>One reason as a line: <c>Capacity taken: message (r2)</c>; the counterpart is added only when the message does not name it.</summary>
    public static string Line(Reason reason) =>
        reason.Counterpart is null || reason.Message.Contains(reason.Counterpart, StringComparison.Ordinal)
            ? $"{Kind(reason.Kind)}: {reason.Message}"
            : $"{Kind(reason.Kind)}: {reason.Message} ({reason.Counterpart})";
}
