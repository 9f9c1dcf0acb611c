using System.Text.RegularExpressions;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Optimization;

namespace MineralsMatch.Tests.Docs;

/// <summary>Every C# block in README.md and docs/*.md is one of the compiled snippets (here or in the examples), and the snippets do what the docs say.</summary>
public sealed partial class DocSnippetTests
{
    private static readonly string Root = FindRoot();

    [Test]
    public void Every_csharp_block_in_the_docs_is_a_compiled_snippet()
    {
        var snippets = Directory.GetFiles(Path.Combine(Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Root, "src/MineralsMatch.Examples"), "*.cs", SearchOption.AllDirectories))
            .SelectMany(f => SnippetRegex().Matches(File.ReadAllText(f)))
            .Select(m => Normalize(m.Groups["code"].Value))
            .ToHashSet();
        var documents = Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Append(Path.Combine(Root, "README.md"));

        Assert.Multiple(() =>
        {
            foreach (var document in documents)
            {
                foreach (Match block in CodeBlockRegex().Matches(File.ReadAllText(document)))
                {
                    Assert.That(snippets, Does.Contain(Normalize(block.Groups["code"].Value)), $"{Path.GetFileName(document)} has a C# block that no compiled snippet holds:\n{block.Groups["code"].Value}");
                }
            }
        });
    }

    [Test]
    public void Quickstart_proposes_contracts()
    {
        Assert.That(DocSnippets.Quickstart().Proposals, Is.Not.Empty);
    }

    [Test]
    public void Catalog_snippet_finds_32_and_22()
    {
        Assert.That(DocSnippets.Catalog(), Is.EqualTo((32, 22)));
    }

    [Test]
    public void Units_snippet_converts_exactly()
    {
        var (contained, pounds) = DocSnippets.Units();
        Assert.That(contained, Is.EqualTo(Quantity.Tonnes(4_095m)));
        Assert.That(pounds.Amount, Is.EqualTo(1m / 0.45359237m));
    }

    [Test]
    public void Options_snippet_runs_coverage_first()
    {
        Assert.That(DocSnippets.CoverageFirst().Objective, Is.EqualTo(MatchObjective.CoverageFirst));
    }

    [Test]
    public void Solver_snippet_finds_cost_14()
    {
        Assert.That(DocSnippets.Solver(), Is.EqualTo((14L, 2L)));
    }

    [Test]
    public void The_cost_scaling_snippet_solves_the_same_example_at_the_same_cost_by_cost_scaling()
    {
        Assert.That(DocSnippets.CostScaling(), Is.EqualTo((14L, MinCostFlowAlgorithm.CostScaling)));
    }

    [Test]
    public void Scenario_file_snippet_matches_a_saved_market()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mm-doc-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, MarketScenarios.JapanKazakhstanJson());
        try
        {
            Assert.That(DocSnippets.FromFile(path).Proposals, Is.Not.Empty);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Errors_snippet_lists_each_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mm-doc-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"schemaVersion\": 1, \"nmae\": \"x\" }");
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            DocSnippets.Errors(path);
        }
        finally
        {
            Console.SetError(original);
            File.Delete(path);
        }

        Assert.That(error.ToString(), Does.Contain(Path.GetFileName(path)).And.Contain("nmae"));
    }

    [Test]
    public void Builder_snippet_adds_graphite_and_the_rule_rejects_uncertified_offers()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mm-doc-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"schemaVersion\": 1 }");
        try
        {
            var engine = DocSnippets.Extended(path);
            var market = MarketScenarios.JapanKazakhstan();
            var gallium = market.Requirements.First(r => r.Product == "gallium-4n");
            var certified = market with
            {
                Requirements = [.. market.Requirements.Select(r => r.Id == gallium.Id ? r with { Attributes = new Dictionary<string, string> { ["certification"] = "IRMA" } } : r)],
            };

            var result = engine.Match(certified);

            Assert.That(result.Objective, Is.EqualTo(MatchObjective.CoverageFirst));
            Assert.That(result.Requirements.Single(r => r.Requirement == gallium.Id).Reasons.Select(r => r.Kind), Has.Some.EqualTo(ReasonKind.CustomRule));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    [NonParallelizable]
    public void Files_snippet_loads_saves_and_reads_catalog_additions()
    {
        var directory = Directory.CreateTempSubdirectory("mm-doc-").FullName;
        var original = Environment.CurrentDirectory;
        File.WriteAllText(Path.Combine(directory, "japan-kazakhstan.json"), MarketScenarios.JapanKazakhstanJson());
        File.WriteAllText(Path.Combine(directory, "market.json"), MarketScenarios.JapanKazakhstanJson());
        File.WriteAllText(Path.Combine(directory, "my-minerals.json"), "{ \"schemaVersion\": 1 }");
        Environment.CurrentDirectory = directory;
        try
        {
            var (scenario, mine, extra) = DocSnippets.Files(MineralCatalog.Default);

            Assert.That(mine.Market, Is.EqualTo(scenario.Market));
            Assert.That(MineralsMatch.Scenarios.ScenarioFile.Load("copy.json").Market, Is.EqualTo(scenario.Market));
            Assert.That(extra.IsEmpty, Is.True);
        }
        finally
        {
            Environment.CurrentDirectory = original;
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Normalize(string code) =>
        string.Join("\n", code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MineralsMatch.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MineralsMatch.sln not found above the test directory.");
    }

    [GeneratedRegex(@"// snippet: [a-z-]+\r?\n(?<code>.*?)\r?\n\s*// end snippet", RegexOptions.Singleline)]
    private static partial Regex SnippetRegex();

    [GeneratedRegex(@"```csharp\r?\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlockRegex();
}
