using MineralsMatch.Examples.Examples;

namespace MineralsMatch.Examples;

/// <summary>The examples, registered explicitly in the order they are listed.</summary>
public static class ExampleList
{
    /// <summary>Every example.</summary>
    public static IReadOnlyList<IExample> All { get; } =
    [
        new GalliumExample(),
        new ManganeseSulfateExample(),
        new PortfolioExample(),
        new NewMineralExample(),
        new CustomRuleExample(),
        new DisruptionExample(),
    ];

    /// <summary>Finds an example by name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The example, or <see langword="null"/>.</returns>
    public static IExample? Find(string name) =>
        All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
}
