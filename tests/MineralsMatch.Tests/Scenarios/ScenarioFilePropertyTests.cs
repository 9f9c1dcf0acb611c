using CsCheck;
using MineralsMatch.Matching;
using MineralsMatch.Scenarios;
using NUnit.Framework;

namespace MineralsMatch.Tests.Scenarios;

public sealed class ScenarioFilePropertyTests
{
    private static readonly string[] Tokens = ["{", "}", "[", "]", ",", ":", "\"", "null", "1e400", "-0", "true", "\"x\"", "0.5", " ", "\\u0000", "\"purty\": 1,", "\n", "NaN", "//", "\"\\uD800\""];

    [Test]
    public void Generated_scenarios_survive_write_then_read_unchanged()
    {
        var catalog = TestFiles.Catalog;
        MarketGenerator.Scenario.Sample(scenario =>
        {
            var text = ScenarioFile.Write(scenario);
            var read = ScenarioFile.Parse(text, catalog: catalog);
            return read == scenario && ScenarioFile.Write(read) == text;
        }, iter: 300);
    }

    [Test]
    public void Loader_throws_only_its_validation_exception_on_mutated_json_and_the_engine_solves_what_loads()
    {
        var catalog = TestFiles.Catalog;
        var engine = MatchingEngine.Create(catalog);
        var solved = 0;
        var original = TestFiles.Text("scenario.json");
        var mutation = Gen.Select(Gen.Int[0, original.Length - 1], Gen.Int[0, 20], Gen.OneOf(Tokens), Gen.Int[0, 3],
            (at, length, token, kind) =>
            {
                var end = Math.Min(original.Length, at + length);
                return kind switch
                {
                    0 => original.Remove(at, end - at),
                    1 => original.Insert(at, token),
                    2 => original.Remove(at, end - at).Insert(at, token),
                    _ => original.Insert(at, original[at..end]),
                };
            });
        var unexpected = 0;
        mutation.Sample(json =>
        {
            Scenario scenario;
            try
            {
                scenario = ScenarioFile.Parse(json, "fuzz.json", catalog);
            }
            catch (MineralsMatchValidationException ex) when (ex.Errors.Count > 0 && ex.Errors.All(e => e.File == "fuzz.json"))
            {
                return;
            }
            catch (Exception)
            {
                Interlocked.Increment(ref unexpected);
                throw;
            }

            // Whatever loads, the engine solves: no exception of any kind.
            try
            {
                var result = engine.Match(scenario.Market, scenario.Options);
                Assert.That(result.Requirements, Has.Count.EqualTo(scenario.Market.Requirements.Count));
                Interlocked.Increment(ref solved);
            }
            catch (Exception)
            {
                Interlocked.Increment(ref unexpected);
                throw;
            }
        }, iter: 3000);
        Assert.That(unexpected, Is.Zero);
        Assert.That(solved, Is.Positive, "some mutations still load and are solved");
    }
}
