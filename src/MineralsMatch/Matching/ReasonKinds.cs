using System.Text;

namespace MineralsMatch.Matching;

/// <summary>Stable kebab-case names of <see cref="ReasonKind"/> values, as written to JSON, CSV and reports.</summary>
public static class ReasonKinds
{
    /// <summary>The kebab-case name, e.g. <c>capacity-taken</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string Name(ReasonKind kind)
    {
        var text = kind.ToString();
        var name = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && i > 0)
            {
                name.Append('-');
            }

            name.Append(char.ToLowerInvariant(text[i]));
        }

        return name.ToString();
    }
}
