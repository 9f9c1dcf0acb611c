using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MineralsMatch;

/// <summary>
/// How an enumeration value is spelled in files, reports and messages, declared by the enumeration itself: a member's
/// <see cref="JsonStringEnumMemberNameAttribute"/> name (<c>kg</c>, <c>FCA</c>), else its name kebab-cased with the BCL's
/// naming policy (<c>RailTerminal</c> → <c>rail-terminal</c>); a flags enumeration spells its single flags only.
/// </summary>
internal static class EnumSpelling
{
    /// <summary>The file name of a declared value.</summary>
    public static string NameOf(Enum value)
    {
        var name = Enum.GetName(value.GetType(), value) ?? value.ToString();
        return value.GetType().GetField(name)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.KebabCaseLower.ConvertName(name);
    }

    /// <summary>A value as files spell it, for messages: a flags value as its set flags joined by commas (<c>none</c> when empty), an undeclared value as its number.</summary>
    public static string Describe(Enum value)
    {
        var type = value.GetType();
        if (IsFlags(type))
        {
            var bits = Bits(value);
            return bits == 0
                ? "none"
                : string.Join(", ", Enum.GetValuesAsUnderlyingType(type).Cast<object>().Select(v => (Enum)Enum.ToObject(type, v)).Where(f => IsSingleFlag(f) && (bits & Bits(f)) == Bits(f)).Select(NameOf));
        }

        return Enum.IsDefined(type, value) ? NameOf(value) : value.ToString();
    }

    /// <summary>Whether the enumeration is a set of flags.</summary>
    public static bool IsFlags(Type type) => type.IsDefined(typeof(FlagsAttribute), inherit: false);

    /// <summary>Whether the value is exactly one flag.</summary>
    public static bool IsSingleFlag(Enum value) => Bits(value) is var bits && bits != 0 && (bits & (bits - 1)) == 0;

    private static ulong Bits(Enum value) => Convert.ToUInt64(value, CultureInfo.InvariantCulture);
}
