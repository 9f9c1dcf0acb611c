using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Scenarios;

namespace MineralsMatch;

/// <summary>Markets embedded in the package, ready to match or to use as a starting point for your own scenario files.</summary>
/// <remarks>
/// The Japan–Kazakhstan market is built from the sources in docs/data-sources.md; every volume and price that
/// is an estimate says so in its <c>note</c>. It is parsed once and cached; the returned values are immutable.
/// </remarks>
/// <example>
/// <code>
/// var result = MatchingEngine.Create().Match(MarketScenarios.JapanKazakhstan());
/// File.WriteAllText("my-market.json", MarketScenarios.JapanKazakhstanJson()); // a starting scenario file
/// </code>
/// </example>
public static class MarketScenarios
{
    /// <summary>The file name the embedded Japan–Kazakhstan scenario is known by in error messages.</summary>
    public const string JapanKazakhstanFileName = "japan-kazakhstan.json";

    private const string JapanKazakhstanResource = "MineralsMatch.Resources.japan-kazakhstan.json";

    private static readonly Lazy<Scenario> JapanKazakhstanScenarioValue = new(
        () => ScenarioFile.Parse(JapanKazakhstanJson(), JapanKazakhstanFileName, MineralCatalog.Default),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The Japan–Kazakhstan market: Kazakh producers (ERG, Tau-Ken Samruk, Kazatomprom, Ulba, UKTMP, Taza Metal
    /// Technologies and others) and Japanese buyers (JOGMEC and the trading houses), gallium and manganese sulfate
    /// first, with the Middle Corridor through Aktau, the China land bridge, the risk-flagged northern route and
    /// Almaty–Tokyo air freight.
    /// </summary>
    /// <returns>The market.</returns>
    public static Market JapanKazakhstan() => JapanKazakhstanScenarioValue.Value.Market;

    /// <summary>The Japan–Kazakhstan scenario with any options it sets.</summary>
    /// <returns>The scenario.</returns>
    public static Scenario JapanKazakhstanScenario() => JapanKazakhstanScenarioValue.Value;

    /// <summary>The embedded Japan–Kazakhstan scenario file's text, e.g. to write a starting scenario.</summary>
    /// <returns>The JSON text.</returns>
    public static string JapanKazakhstanJson()
    {
        using var stream = typeof(MarketScenarios).Assembly.GetManifestResourceStream(JapanKazakhstanResource)
            ?? throw new InvalidOperationException($"The embedded resource {JapanKazakhstanResource} is missing from {typeof(MarketScenarios).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
