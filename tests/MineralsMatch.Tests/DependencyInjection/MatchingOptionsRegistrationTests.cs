using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MineralsMatch.Markets;
using MineralsMatch.Matching;

namespace MineralsMatch.Tests.DependencyInjection;

public sealed class MatchingOptionsRegistrationTests
{
    [Test]
    public void Configure_and_post_configure_run_after_the_builders_options_in_order()
    {
        var services = new ServiceCollection()
            .AddMineralsMatch(b => b.WithOptions(new MatchingOptions { BargainingShare = 0.3m, RiskAversion = 2m }))
            .PostConfigure<MatchingOptions>(o => o.RiskAversion *= 2m)
            .Configure<MatchingOptions>(o => o.BargainingShare = 0.7m);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<MatchingOptions>>().Value;

        Assert.That(options.BargainingShare, Is.EqualTo(0.7m));
        Assert.That(options.RiskAversion, Is.EqualTo(4m));
    }

    [Test]
    public void Options_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MineralsMatch:Objective"] = "CoverageFirst",
            ["MineralsMatch:VolumeFlexibility"] = "0.2",
            ["MineralsMatch:DiscountRate"] = "0.05",
        }).Build();
        var services = new ServiceCollection().AddMineralsMatch();
        services.AddOptions<MatchingOptions>().Bind(configuration.GetSection("MineralsMatch"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<MatchingOptions>>().Value;

        Assert.That(options.Objective, Is.EqualTo(MatchObjective.CoverageFirst));
        Assert.That(options.VolumeFlexibility, Is.EqualTo(0.2m));
        Assert.That(options.DiscountRate, Is.EqualTo(0.05m));
    }

    [Test]
    public void Validate_on_start_reports_invalid_options_before_anything_is_resolved()
    {
        var services = new ServiceCollection().AddMineralsMatch();
        services.AddOptions<MatchingOptions>().Configure(o => o.VolumeFlexibility = 0.9m).ValidateOnStart();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(error!.Failures.Single(), Does.StartWith("$.volumeFlexibility").And.Contain("0.9"));
    }

    [Test]
    public void Valid_options_pass_validate_on_start()
    {
        var services = new ServiceCollection().AddMineralsMatch();
        services.AddOptions<MatchingOptions>().Configure(o => o.VolumeFlexibility = 0.2m).ValidateOnStart();
        using var provider = services.BuildServiceProvider();

        Assert.DoesNotThrow(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.That(provider.GetRequiredService<IOptions<MatchingOptions>>().Value.VolumeFlexibility, Is.EqualTo(0.2m));
    }

    [Test]
    public void Changing_options_after_the_engine_is_created_changes_neither_the_engine_nor_the_defaults()
    {
        var options = new MatchingOptions { Objective = MatchObjective.CoverageFirst };
        var engine = MatchingEngine.Create(options: options);
        options.Objective = MatchObjective.TotalValue;
        MatchingOptions.Default.Objective = MatchObjective.Stable;

        Assert.That(engine.Match(MarketScenarios.JapanKazakhstan()).Objective, Is.EqualTo(MatchObjective.CoverageFirst));
        Assert.That(MatchingOptions.Default.Objective, Is.EqualTo(MatchObjective.TotalValue));
    }

    [Test]
    public void With_options_copies_every_setting()
    {
        var chosen = new MatchingOptions
        {
            Objective = MatchObjective.CoverageFirst,
            Pricing = PricingPolicy.Core,
            BargainingShare = 0.25m,
            VolumeFlexibility = 0.05m,
            RiskAversion = 3m,
            PriorityPremiumPerLevel = 0.02m,
            IndexLinkedFromYears = 7,
            VolumeResolution = 0.01m,
            PlanningHorizon = DeliveryWindow.Of(2026, 2030),
            DiscountRate = 0.08m,
            ValueResolution = 0.00001m,
        };
        var defaults = new MatchingOptions();
        foreach (var property in typeof(MatchingOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            Assert.That(property.GetValue(chosen), Is.Not.EqualTo(property.GetValue(defaults)), $"the test sets {property.Name}");
        }

        using var provider = new ServiceCollection().AddMineralsMatch(b => b.WithOptions(chosen)).BuildServiceProvider();

        Assert.That(provider.GetRequiredService<IOptions<MatchingOptions>>().Value, Is.EqualTo(chosen));
    }
}
