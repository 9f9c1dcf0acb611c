using System.Text.RegularExpressions;

namespace MineralsMatch.Validation;

/// <summary>The text shapes identifiers and codes must have.</summary>
internal static partial class InputPatterns
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex Slug();

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    public static partial Regex CountryCode();

    [GeneratedRegex(@"^[0-9]{4}\.[0-9]{2}$", RegexOptions.CultureInvariant)]
    public static partial Regex HsCode();

    [GeneratedRegex(@"^[0-9]{4}(\.[0-9]{2})?$", RegexOptions.CultureInvariant)]
    public static partial Regex HsPrefix();

    [GeneratedRegex("^[0-9]{2,7}-[0-9]{2}-[0-9]$", RegexOptions.CultureInvariant)]
    public static partial Regex Cas();
}
