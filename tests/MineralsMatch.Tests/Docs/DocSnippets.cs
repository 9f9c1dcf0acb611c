using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Optimization;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Tests.Docs;

/// <summary>
/// The C# code blocks of README.md and docs/*.md, compiled here and run by <see cref="DocSnippetTests"/>.
/// Each block sits between <c>// snippet: NAME</c> and <c>// end snippet</c>; the docs hold the same text.
/// </summary>
internal static class DocSnippets
{
    public static MatchResult Quickstart()
    {
        // snippet: quickstart
        var services = new ServiceCollection().AddMineralsMatch().BuildServiceProvider();
        var engine = services.GetRequiredService<IMatchingEngine>();

        MatchResult result = engine.Match(MarketScenarios.JapanKazakhstan());

        foreach (var p in result.Proposals)
        {
            Console.WriteLine($"{p.Supplier} → {p.Buyer}: {p.AnnualVolume}/yr of {p.Product} " +
                              $"from {p.StartYear} for {p.TenorYears} years via {p.Route} at {p.Terms.Base}");
        }
        // end snippet
        return result;
    }

    public static (int Japan, int FromKazakhstan) Catalog()
    {
        // snippet: catalog
        IMineralCatalog catalog = MineralCatalog.Default;
        var japan = catalog.List("japan-32");                       // 32 raw materials
        var kazakh = catalog.ProducedIn("KZ").Intersect(japan);      // 22 of them mined in Kazakhstan
        Mineral gallium = catalog.Find("gallium")!;
        Console.WriteLine($"{gallium.Name}: {string.Join(", ", gallium.Products.Select(p => p.Id))}");
        // end snippet
        return (japan.Count, kazakh.Count());
    }

    public static (Quantity Contained, Quantity Pounds) Units()
    {
        // snippet: units
        var mnso4 = Quantity.Tonnes(12_600m);
        Quantity manganese = Assay.Of(0.325m).Contained(mnso4);        // 4 095 t of Mn
        Quantity inPounds = Quantity.Kilograms(1m).ConvertTo(QuantityUnit.Pound);
        bool heavier = Quantity.Tonnes(1m) > Quantity.Pounds(2_000m);  // exact decimal comparison: true
        // end snippet
        return heavier ? (manganese, inPounds) : default;
    }

    public static MatchResult FromFile(string path)
    {
        // snippet: scenario-file
        Scenario scenario = ScenarioFile.Load(path);   // strict: every error with file:line:column and JSON path
        var engine = MatchingEngine.Create();
        MatchResult result = engine.Match(scenario.Market, scenario.Options);
        // end snippet
        return result;
    }

    public static MatchResult CoverageFirst()
    {
        // snippet: options
        var engine = MatchingEngine.Create(options: new MatchingOptions
        {
            Objective = MatchObjective.CoverageFirst,  // priority-weighted coverage first, then value
            BargainingShare = 0.5m,                    // base price = floor + 50 % of the surplus
            VolumeFlexibility = 0.1m,                  // ±10 % annual volume tolerance in contracts
        });
        MatchResult result = engine.Match(MarketScenarios.JapanKazakhstan());
        // end snippet
        return result;
    }

    public static (long Cost, long Flow) Solver()
    {
        // snippet: solver
        var flow = new NetworkSimplex();
        int a = flow.AddArc(tail: 0, head: 2, capacity: 5, unitCost: 3);
        int b = flow.AddArc(tail: 0, head: 3, capacity: 5, unitCost: 1);
        flow.AddArc(tail: 1, head: 2, capacity: 5, unitCost: 2);
        flow.AddArc(tail: 1, head: 3, capacity: 5, unitCost: 4);
        flow.SetSupply(0, 4);
        flow.SetSupply(1, 3);
        flow.SetSupply(2, -5);
        flow.SetSupply(3, -2);
        if (flow.Solve() == NetworkSimplexStatus.Optimal)
        {
            Console.WriteLine($"cost {flow.OptimalCost}, a carries {flow.Flow(a)}, b carries {flow.Flow(b)}");
        }
        // end snippet
        return ((long)flow.OptimalCost, flow.Flow(a));
    }

    public static (long Cost, MinCostFlowAlgorithm Used) CostScaling()
    {
        // snippet: cost-scaling
        var flow = new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling };
        // end snippet
        flow.AddArc(tail: 0, head: 2, capacity: 5, unitCost: 3);
        flow.AddArc(tail: 0, head: 3, capacity: 5, unitCost: 1);
        flow.AddArc(tail: 1, head: 2, capacity: 5, unitCost: 2);
        flow.AddArc(tail: 1, head: 3, capacity: 5, unitCost: 4);
        flow.SetSupply(0, 4);
        flow.SetSupply(1, 3);
        flow.SetSupply(2, -5);
        flow.SetSupply(3, -2);
        flow.Solve();
        return ((long)flow.OptimalCost, flow.AlgorithmUsed);
    }

    public static IMatchingEngine Extended(string catalogFile)
    {
        // snippet: builder
        var services = new ServiceCollection().AddMineralsMatch(builder => builder
            .AddMineral(new Mineral { Id = "graphite", Name = "Graphite", Symbol = "C", Group = MineralGroup.Battery })
            .AddProduct("graphite", new Product
            {
                Id = "graphite-flake",
                Mineral = "graphite",
                Name = "Flake graphite concentrate 94 % C",
                Form = ProductForm.Concentrate,
                PricingUnit = QuantityUnit.Tonne,
            })
            .AddToList("japan-32", "graphite")
            .AddCatalogFile(catalogFile)                 // more minerals and products from a JSON catalog file
            .AddRule(new CertificationRule())
            .AddScorer(new LowCarbonPremiumScorer())
            .WithOptions(new MatchingOptions { Objective = MatchObjective.CoverageFirst }));
        var engine = services.BuildServiceProvider().GetRequiredService<IMatchingEngine>();
        // end snippet
        return engine;
    }

    public static (Scenario Scenario, Scenario Mine, CatalogContent Extra) Files(IMineralCatalog myCatalog)
    {
        // snippet: files
        Scenario scenario = ScenarioFile.Load("japan-kazakhstan.json");        // checked against MineralCatalog.Default
        Scenario mine     = ScenarioFile.Load("market.json", myCatalog);        // or against your own catalog
        ScenarioFile.Save(scenario, "copy.json");                               // canonical; loads back equal
        CatalogContent extra = CatalogFile.Load("my-minerals.json", MineralCatalog.Default); // additions to the default
        // end snippet
        return (scenario, mine, extra);
    }

    public static void Errors(string path)
    {
        // snippet: errors
        try
        {
            ScenarioFile.Load(path);
        }
        catch (MineralsMatchValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                Console.Error.WriteLine(error);   // market.json:41:17 $.offers[3].annualVolume.amount: must be greater than 0 (was -5)
            }
        }
        // end snippet
    }
}
