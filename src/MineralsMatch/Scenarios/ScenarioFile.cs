using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Scenarios.Documents;
using MineralsMatch.Stress;
using MineralsMatch.Validation;

namespace MineralsMatch.Scenarios;

/// <summary>Reads and writes scenario files: one JSON file holding a <see cref="Market"/> and optional matching options.</summary>
/// <remarks>
/// Loading is strict: unknown or duplicate keys, missing required keys, wrong kinds of value, numbers out of range,
/// unknown enumeration names, invalid values and unknown references are all errors. Every error found is listed in one
/// <see cref="MineralsMatchValidationException"/>, each with <c>file:line:column</c>, the JSON path, the rule and the
/// value given. Nothing else is thrown for bad input. Writing is canonical, and saving then loading gives an equal market.
/// </remarks>
/// <example>
/// <code>
/// Scenario scenario = ScenarioFile.Load("japan-kazakhstan.json");
/// MatchResult result = engine.Match(scenario.Market, scenario.Options);
/// ScenarioFile.Save(scenario with { Market = scenario.Market with { Name = "copy" } }, "copy.json");
/// </code>
/// </example>
public static class ScenarioFile
{
    /// <summary>Loads and validates a scenario file.</summary>
    /// <param name="path">The file path; its file name is used in error locations.</param>
    /// <param name="catalog">The catalog references are checked against; <see langword="null"/> for <see cref="MineralCatalog.Default"/>.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="MineralsMatchValidationException">The file cannot be read, is not valid JSON, or holds invalid data; every error is listed.</exception>
    public static Scenario Load(string path, IMineralCatalog? catalog = null) =>
        Read(DocumentInput.FromFile(path), DocumentInput.DisplayName(path), catalog);

    /// <summary>Reads and validates a scenario from a UTF-8 JSON stream (at most 16 MiB).</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="fileName">The name to use in error locations.</param>
    /// <param name="catalog">The catalog references are checked against; <see langword="null"/> for <see cref="MineralCatalog.Default"/>.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="MineralsMatchValidationException">The input is invalid; every error is listed.</exception>
    public static Scenario Read(Stream utf8Json, string fileName, IMineralCatalog? catalog = null) =>
        Read(DocumentInput.FromStream(utf8Json, fileName), fileName, catalog);

    /// <summary>Loads and validates a scenario file without blocking a thread on the read.</summary>
    /// <param name="path">The file path; its file name is used in error locations.</param>
    /// <param name="catalog">The catalog references are checked against; <see langword="null"/> for <see cref="MineralCatalog.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="MineralsMatchValidationException">The file cannot be read, is not valid JSON, or holds invalid data; every error is listed, as by <see cref="Load"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<Scenario> LoadAsync(string path, IMineralCatalog? catalog = null, CancellationToken cancellationToken = default)
    {
        var json = await DocumentInput.FromFileAsync(path, cancellationToken).ConfigureAwait(false);
        return Read(json, DocumentInput.DisplayName(path), catalog);
    }

    /// <summary>Reads and validates a scenario from a UTF-8 JSON stream (at most 16 MiB) without blocking a thread on the read.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="fileName">The name to use in error locations.</param>
    /// <param name="catalog">The catalog references are checked against; <see langword="null"/> for <see cref="MineralCatalog.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="MineralsMatchValidationException">The input is invalid; every error is listed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<Scenario> ReadAsync(Stream utf8Json, string fileName, IMineralCatalog? catalog = null, CancellationToken cancellationToken = default)
    {
        var json = await DocumentInput.FromStreamAsync(utf8Json, fileName, cancellationToken).ConfigureAwait(false);
        return Read(json, fileName, catalog);
    }

    /// <summary>Parses and validates a scenario from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="fileName">The name to use in error locations.</param>
    /// <param name="catalog">The catalog references are checked against; <see langword="null"/> for <see cref="MineralCatalog.Default"/>.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="MineralsMatchValidationException">The input is invalid; every error is listed.</exception>
    public static Scenario Parse(string json, string fileName = "scenario.json", IMineralCatalog? catalog = null) =>
        Read(DocumentInput.FromString(json, fileName), fileName, catalog);

    /// <summary>Writes a scenario as canonical JSON text (2-space indent, LF line ends, lists in the order held).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(scenario.Market);
        return DocumentOutput.Serialize(DocumentWriter.Write(scenario.Market, scenario.Options, scenario.Stress), DocumentOutput.Scenario);
    }

    /// <summary>Writes a market, without options, as canonical JSON text.</summary>
    /// <param name="market">The market.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(Market market) => Write(new Scenario { Market = market });

    /// <summary>Saves a scenario to a file as canonical UTF-8 JSON (no byte-order mark).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="path">The file path; an existing file is replaced.</param>
    public static void Save(Scenario scenario, string path) => DocumentOutput.Save(Write(scenario), path);

    /// <summary>Saves a scenario to a file as canonical UTF-8 JSON (no byte-order mark) without blocking a thread on the write.</summary>
    /// <param name="scenario">The scenario (a market alone: <c>new Scenario { Market = market }</c>).</param>
    /// <param name="path">The file path; an existing file is replaced.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public static Task SaveAsync(Scenario scenario, string path, CancellationToken cancellationToken = default) =>
        DocumentOutput.SaveAsync(Write(scenario), path, cancellationToken);

    /// <summary>Saves a market, without options, to a file as canonical UTF-8 JSON.</summary>
    /// <param name="market">The market.</param>
    /// <param name="path">The file path; an existing file is replaced.</param>
    public static void Save(Market market, string path) => Save(new Scenario { Market = market }, path);

    private static Scenario Read(byte[] json, string fileName, IMineralCatalog? catalog)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var document = DocumentLoading.Deserialize(json, DocumentJsonContext.Default.ScenarioDocument, fileName);
        var reader = new DocumentReader();
        var scenario = reader.ReadScenario(document);
        var errors = new List<InputError>(reader.Errors);
        errors.AddRange(MarketValidation.Validate(scenario.Market, catalog ?? MineralCatalog.Default));
        errors.AddRange(StressValidation.Validate(scenario.Stress, scenario.Market, catalog ?? MineralCatalog.Default));
        if (scenario.Options is { } options)
        {
            errors.AddRange(MatchingOptionsValidation.Validate(options, "Options"));
        }

        if (errors.Count == 0)
        {
            errors.AddRange(MatchingLimits.Check(scenario.Market, scenario.Options ?? MatchingOptions.Default, catalog ?? MineralCatalog.Default, "Options"));
        }

        DocumentErrors.ThrowIfAny(errors, json, fileName);
        return scenario;
    }
}
