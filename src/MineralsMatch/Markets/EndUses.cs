namespace MineralsMatch.Markets;

/// <summary>Stable kebab-case names of <see cref="EndUse"/> values, as written to files and reasons.</summary>
internal static class EndUses
{
    /// <summary>The spelling of end uses both ways; the file format's table (<c>JsonEnums.EndUses</c>) is this one.</summary>
    public static JsonEnum<EndUse> Spelling { get; } = new(JsonEnum<EndUse>.Kebab);
}
