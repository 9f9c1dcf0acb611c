namespace MineralsMatch.Cli.Tests;

public class HelpAndVersionTests
{
    [Test]
    public void Version_prints_the_informational_version()
    {
        var run = Tool.Run("--version");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Stdout, Does.Match(@"^\d+\.\d+\.\d+\S*\n$"));
    }

    [TestCase("")]
    [TestCase("catalog")]
    [TestCase("validate")]
    [TestCase("match")]
    [TestCase("init")]
    public void Help_of_every_command_shows_usage_examples_and_exit_codes(string command)
    {
        var args = command.Length == 0 ? new[] { "--help" } : [command, "--help"];

        var run = Tool.Run(args);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.Multiple(() =>
        {
            Assert.That(run.Stdout, Does.Contain(("Usage:\n  mineralsmatch " + command).TrimEnd()));
            Assert.That(run.Stdout, Does.Contain("Examples:\n  mineralsmatch " + command));
            Assert.That(run.Stdout, Does.Contain("Exit codes: 0 ok, 1 usage error, 2 invalid input (validation errors), 3 internal error"));
        });
    }

    [Test]
    public void Unknown_command_is_a_usage_error()
    {
        var run = Tool.Run("matchh");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString);
    }

    [Test]
    public void Help_after_a_parse_error_goes_to_standard_error_and_standard_output_stays_empty()
    {
        var run = Tool.Run("match", "--format", "no-such-format");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString);
        Assert.That(run.Stdout, Is.Empty, "standard output carries results only");
        Assert.That(run.Stderr, Does.Contain("no-such-format").And.Contain("Usage:"));
    }
}
