using System.Text;
using MineralsMatch.Matching;

namespace MineralsMatch.Reporting.Formatting;

/// <summary>Turns typed reasons into the words reports show.</summary>
internal static class ReasonText
{
    /// <summary>The kind in words: <c>CapacityTaken</c> becomes <c>Capacity taken</c>.</summary>
    public static string Kind(ReasonKind kind)
    {
        var name = kind.ToString();
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c);
            }
        }

        return words.ToString();
    }

    /// <summary>One reason as a line: <c>Capacity taken: message (r2)</c>; the counterpart is added only when the message does not name it.</summary>
    public static string Line(Reason reason) =>
        reason.Counterpart is null || reason.Message.Contains(reason.Counterpart, StringComparison.Ordinal)
            ? $"{Kind(reason.Kind)}: {reason.Message}"
            : $"{Kind(reason.Kind)}: {reason.Message} ({reason.Counterpart})";
}
