using System.Text;

namespace MineralsMatch.Cli.Rendering;

/// <summary>Enumeration values in the kebab-case spelling the scenario and catalog files use (<c>BaseMetal</c> → <c>base-metal</c>).</summary>
internal static class Kebab
{
    /// <summary>The kebab-case name of an enumeration value.</summary>
    /// <typeparam name="T">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name.</returns>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var pascal = value.ToString();
        var text = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(pascal[i]));
        }

        return text.ToString();
    }
}
