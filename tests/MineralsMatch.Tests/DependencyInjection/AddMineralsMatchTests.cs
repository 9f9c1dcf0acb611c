using Microsoft.Extensions.DependencyInjection;
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
    public void Adding_a_mineral_that_already_exists_is_a_validation_error()
    {
        var error = Assert.Throws<MineralsMatchValidationException>(() => new ServiceCollection().AddMineralsMatch(b => b
            .AddMineral(new Mineral { Id = "gallium", Name = "Gallium again", Symbol = "Ga", Group = MineralGroup.Semiconductor })));

        Assert.That(error!.Errors.Single().ToString(), Is.EqualTo("$additions[0].minerals[0].id: mineral already exists (was gallium)"));
    }

    [Test]
    public void Adding_a_product_of_an_unknown_mineral_is_a_validation_error()
    {
        var error = Assert.Throws<MineralsMatchValidationException>(() => new ServiceCollection().AddMineralsMatch(b => b.AddProduct("graphite", Flake)));

        Assert.That(error!.Errors.Single().ToString(), Is.EqualTo("$products[0].mineral: is a product of an unknown mineral (was graphite)"));
    }

    [Test]
    public void Every_builder_error_is_reported_at_once()
    {
        var error = Assert.Throws<MineralsMatchValidationException>(() => new ServiceCollection().AddMineralsMatch(b => b
            .AddProduct("graphite", Flake)
            .AddToList("no-such-list", "gallium")
            .AddToList("japan-32", "unobtainium")));

        Assert.That(error!.Errors.Select(e => e.Rule).ToArray(), Is.EqualTo(new[] { "UnknownReference", "UnknownReference", "UnknownReference" }));
        Assert.That(error.Message, Does.Contain("no-such-list").And.Contain("unobtainium").And.Contain("graphite"));
    }

    [Test]
    public void Invalid_options_fail_at_registration()
    {
        var error = Assert.Throws<MineralsMatchValidationException>(() => new ServiceCollection().AddMineralsMatch(b => b
            .WithOptions(new MatchingOptions { BargainingShare = 1.5m })));

        Assert.That(error!.Message, Does.Contain("bargainingShare").And.Contain("1.5"));
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
