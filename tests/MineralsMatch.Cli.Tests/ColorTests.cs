namespace MineralsMatch.Cli.Tests;

public class ColorTests
{
    private const char Escape = '\u001b';

    [Test]
    public void Redirected_output_is_plain()
    {
        var run = Tool.Run("match");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Stdout, Does.Not.Contain(Escape));
    }

    [Test]
    public void Forced_colour_styles_the_table_so_the_no_colour_checks_below_can_fail()
    {
        var run = Tool.RunWith(new Dictionary<string, string?> { ["FORCE_COLOR"] = "1" }, "match");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Stdout, Does.Contain(Escape));
    }

    [Test]
    public void NO_COLOR_wins_over_forced_colour()
    {
        var run = Tool.RunWith(new Dictionary<string, string?> { ["FORCE_COLOR"] = "1", ["NO_COLOR"] = "1" }, "match");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Stdout, Does.Not.Contain(Escape));
    }

    [Test]
    public void No_color_option_wins_over_forced_colour()
    {
        var run = Tool.RunWith(new Dictionary<string, string?> { ["FORCE_COLOR"] = "1" }, "catalog", "--no-color");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Stdout, Does.Not.Contain(Escape));
    }

    [Test]
    public void Json_never_carries_escapes_even_when_colour_is_forced()
    {
        var run = Tool.RunWith(new Dictionary<string, string?> { ["FORCE_COLOR"] = "1" }, "match", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Stdout, Does.StartWith("{").And.Not.Contain(Escape));
    }
}
