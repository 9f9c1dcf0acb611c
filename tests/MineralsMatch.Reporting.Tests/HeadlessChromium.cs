using System.Diagnostics;

namespace MineralsMatch.Reporting.Tests;

/// <summary>Runs Debian's Chromium headless on a local file with every network-facing feature off.</summary>
internal static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>Runs Chromium with the flags plus <paramref name="extra"/> on <paramref name="page"/>; returns stdout, or fails with stderr.</summary>
    public static string Run(string page, string profile, params string[] extra)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var flag in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            $"--user-data-dir={profile}", "--hide-scrollbars", "--window-size=1280,2000", .. extra, new Uri(page).AbsoluteUri])
        {
            start.ArgumentList.Add(flag);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"chromium timed out after {Timeout.TotalSeconds} s. stderr:\n{stderr.Result}");
        }

        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"chromium exit code. stderr:\n{stderr.Result}");
        return stdout.Result;
    }
}
