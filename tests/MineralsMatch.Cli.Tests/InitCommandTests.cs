namespace MineralsMatch.Cli.Tests;

public class InitCommandTests
{
    [Test]
    public void Init_writes_a_scenario_that_validate_accepts()
    {
        using var folder = new TempFolder();

        var init = Tool.RunIn(folder.Path, "init", "market.json");
        var validate = Tool.RunIn(folder.Path, "validate", "market.json");

        Assert.That(init.ExitCode, Is.EqualTo(0), init.ToString);
        Assert.That(File.ReadAllText(folder.File("market.json")), Is.EqualTo(MarketScenarios.JapanKazakhstanJson()));
        Assert.That(validate.ExitCode, Is.EqualTo(0), validate.ToString);
        Assert.That(validate.Stdout, Does.StartWith("market.json: valid scenario 'japan-kazakhstan'"));
    }

    [Test]
    public void Init_refuses_to_overwrite_without_force()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("market.json"), "mine");

        var refused = Tool.RunIn(folder.Path, "init", "market.json");

        Assert.That(refused.ExitCode, Is.EqualTo(1), refused.ToString);
        Assert.That(refused.Stderr, Does.Contain("already exists").And.Contain("--force"));
        Assert.That(File.ReadAllText(folder.File("market.json")), Is.EqualTo("mine"));

        var forced = Tool.RunIn(folder.Path, "init", "market.json", "--force");

        Assert.That(forced.ExitCode, Is.EqualTo(0), forced.ToString);
        Assert.That(File.ReadAllText(folder.File("market.json")), Is.EqualTo(MarketScenarios.JapanKazakhstanJson()));
    }
}
