using System.Diagnostics;

namespace MineralsMatch.Cli.Tests;

/// <summary>Where the output cannot be written, or would overwrite the input, the tool says so with a usage error.</summary>
public class OutputFailureTests
{
    private static (int ExitCode, string Stderr) RunRedirected(string arguments)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"\"{Tool.DotnetHost()}\" \"{Tool.AssemblyPath}\" {arguments}");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stderr);
    }

    [Test]
    public void Standard_output_on_a_full_device_exits_like_out_on_a_full_device()
    {
        if (!File.Exists("/dev/full"))
        {
            Assert.Ignore("/dev/full is Linux only");
        }

        var redirected = RunRedirected("match --format json > /dev/full");
        var option = Tool.Run("match", "--format", "json", "--out", "/dev/full");

        Assert.That(option.ExitCode, Is.EqualTo(1), option.ToString);
        Assert.That(redirected.ExitCode, Is.EqualTo(option.ExitCode), redirected.Stderr);
        Assert.That(redirected.Stderr, Does.Contain("cannot write to standard output"));
    }

    [Test]
    public void Out_equal_to_the_input_scenario_refuses_to_overwrite_it()
    {
        using var folder = new TempFolder();
        var file = folder.File("market.json");
        File.WriteAllText(file, MarketScenarios.JapanKazakhstanJson());
        var before = File.ReadAllText(file);

        var run = Tool.Run("match", file, "--format", "json", "--out", file);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString);
        Assert.That(run.Stderr, Does.Contain("is the input scenario; refusing to overwrite it"));
        Assert.That(File.ReadAllText(file), Is.EqualTo(before));
    }
}
