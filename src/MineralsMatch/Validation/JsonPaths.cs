using System.Buffers;
using System.Text;

namespace MineralsMatch.Validation;

/// <summary>Spells JSON paths the way System.Text.Json does (<c>$.offers[3].annualVolume</c>, <c>$['odd key']</c>).</summary>
internal static class JsonPaths
{
    private static readonly SearchValues<char> Special = SearchValues.Create(".'/\"[]()\t\n\r\f\b\\ \u0085\u2028\u2029");

    /// <summary>The path of a property of the object at <paramref name="parent"/>.</summary>
    public static string Property(string parent, string name) =>
        name.Length == 0 || name.AsSpan().IndexOfAny(Special) >= 0
            ? parent + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']"
            : parent + "." + name;

    /// <summary>The path of an element of the array at <paramref name="parent"/>.</summary>
    public static string Element(string parent, int index) =>
        parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    /// <summary>
    /// Turns a FluentValidation property chain (<c>Offers[3].AnnualVolume.Amount</c>, <c>Grade.MaxImpuritiesPpm['Fe']</c>)
    /// into a JSON path (<c>$.offers[3].annualVolume.amount</c>, <c>$.grade.maxImpuritiesPpm.Fe</c>): each member name is
    /// camel-cased; a quoted key is kept as written.
    /// </summary>
    public static string FromPropertyChain(string? chain)
    {
        var path = new StringBuilder("$");
        var text = chain ?? string.Empty;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                i++;
                continue;
            }

            if (text[i] == '[')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    var end = text.IndexOf("']", i + 2, StringComparison.Ordinal);
                    end = end < 0 ? text.Length : end;
                    var key = text[(i + 2)..end].Replace("\\'", "'", StringComparison.Ordinal);
                    var property = Property(string.Empty, key);
                    path.Append(property);
                    i = Math.Min(text.Length, end + 2);
                }
                else
                {
                    var end = text.IndexOf(']', i);
                    end = end < 0 ? text.Length - 1 : end;
                    path.Append(text, i, end - i + 1);
                    i = end + 1;
                }

                continue;
            }

            var stop = text.IndexOfAny(['.', '['], i);
            stop = stop < 0 ? text.Length : stop;
            var name = text[i..stop];
            path.Append('.').Append(char.ToLowerInvariant(name[0])).Append(name, 1, name.Length - 1);
            i = stop;
        }

        return path.ToString();
    }

    /// <summary>A FluentValidation property-chain segment for a dictionary key, kept verbatim by <see cref="FromPropertyChain"/>.</summary>
    public static string Key(string key) => "['" + key.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    /// <summary>The path one level up (<c>$.a.b[2]</c> → <c>$.a.b</c>), or <see langword="null"/> at the root.</summary>
    public static string? Parent(string path)
    {
        if (path.Length <= 1)
        {
            return null;
        }

        if (path[^1] == ']')
        {
            var open = path.EndsWith("']", StringComparison.Ordinal) ? path.LastIndexOf("['", StringComparison.Ordinal) : path.LastIndexOf('[');
            return open <= 0 ? "$" : path[..open];
        }

        var dot = path.LastIndexOf('.');
        return dot <= 0 ? "$" : path[..dot];
    }
}
