using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Minerals;

namespace MineralsMatch.Tests.DependencyInjection;

public sealed class AddMineralsMatchTests
{
    private static readonly Product Flake = new()
    {
        Id = "graphite-flake",
        Mineral = "graphite",
        Name = "Flake graphite",
        Form = ProductForm.Concentrate,
        PricingUnit = QuantityUnit.Tonne,
    };

    [Test]
    public void Without_a_builder_registers_the_embedded_catalog_and_a_working_engine()
    {
        using var provider = new ServiceCollection().AddMineralsMatch().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.That(provider.GetRequiredService<IMineralCatalog>().List("japan-32"), Has.Count.EqualTo(32));
        Assert.That(provider.GetRequiredService<IMatchingEngine>().Match(MarketScenarios.JapanKazakhstan()).Proposals, Is.Not.Empty);
    }

    [Test]
    public void Builder_adds_a_mineral_its_product_and_a_list_membership()
    {
        using var provider = new ServiceCollection().AddMineralsMatch(b => b
            .AddMineral(new Mineral { Id = "graphite", Name = "Graphite", Symbol = "C", Group = MineralGroup.Battery })
            .AddProduct("graphite", Flake)
            .AddToList("japan-32", "graphite")).BuildServiceProvider();
        var catalog = provider.GetRequiredService<IMineralCatalog>();

        Assert.That(catalog.FindProduct("graphite-flake")?.Mineral, Is.EqualTo("graphite"));
        Assert.That(catalog.List("japan-32").Select(m => m.Id), Does.Contain("graphite"));
        Assert.That(catalog.List("japan-32"), Has.Count.EqualTo(33));
    }

    [Test]
    public void Adding_a_mineral_that_already_exists_is_a_validation_error_when_the_catalog_is_resolved()
    {
        var services = new ServiceCollection().AddMineralsMatch(b => b
            .AddMineral(new Mineral { Id = "gallium", Name = "Gallium again", Symbol = "Ga", Group = MineralGroup.Semiconductor }));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<MineralsMatchValidationException>(() => provider.GetRequiredService<IMineralCatalog>());

        Assert.That(error!.Errors.Single().ToString(), Is.EqualTo("$additions[0].minerals[0].id: mineral already exists (was gallium)"));
    }

    [Test]
    public void Adding_a_product_of_an_unknown_mineral_is_a_validation_error()
    {
        using var provider = new ServiceCollection().AddMineralsMatch(b => b.AddProduct("graphite", Flake)).BuildServiceProvider();

        var error = Assert.Throws<MineralsMatchValidationException>(() => provider.GetRequiredService<IMineralCatalog>());

        Assert.That(error!.Errors.Single().ToString(), Is.EqualTo("$products[0].mineral: is a product of an unknown mineral (was graphite)"));
    }

    [Test]
    public void Every_builder_error_is_reported_at_once()
    {
        using var provider = new ServiceCollection().AddMineralsMatch(b => b
            .AddProduct("graphite", Flake)
            .AddToList("no-such-list", "gallium")
            .AddToList("japan-32", "unobtainium")).BuildServiceProvider();

        var error = Assert.Throws<MineralsMatchValidationException>(() => provider.GetRequiredService<IMatchingEngine>());

        Assert.That(error!.Errors.Select(e => e.Rule).ToArray(), Is.EqualTo(new[] { "UnknownReference", "UnknownReference", "UnknownReference" }));
        Assert.That(error.Message, Does.Contain("no-such-list").And.Contain("unobtainium").And.Contain("graphite"));
    }

    [Test]
    public void Invalid_options_fail_when_the_options_are_resolved_with_every_error_in_the_json_path_vocabulary()
    {
        using var provider = new ServiceCollection().AddMineralsMatch(b => b
            .WithOptions(new MatchingOptions { BargainingShare = 1.5m, DiscountRate = 2m })).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<MatchingOptions>>().Value);

        Assert.That(error!.Failures.Count(), Is.EqualTo(2));
        Assert.That(error.Failures, Has.Some.Contains("$.bargainingShare").And.Some.Contains("1.5"));
        Assert.That(error.Failures, Has.Some.Contains("$.discountRate"));
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IMatchingEngine>());
    }

    [Test]
    public void A_solver_registered_first_replaces_the_default()
    {
        var services = new ServiceCollection();
        var solver = new CountingSolver();
        services.AddSingleton<IAllocationSolver>(solver);
        using var provider = services.AddMineralsMatch().BuildServiceProvider();

        provider.GetRequiredService<IMatchingEngine>().Match(MarketScenarios.JapanKazakhstan());

        Assert.That(solver.Calls, Is.GreaterThan(0));
    }

    private sealed class CountingSolver : IAllocationSolver
    {
        private readonly NetworkSimplexAllocationSolver _inner = new();

        public int Calls { get; private set; }

        public AllocationResult Solve(AllocationProblem problem, CancellationToken cancellationToken = default)
        {
            Calls++;
            return _inner.Solve(problem, cancellationToken);
        }
    }
}
