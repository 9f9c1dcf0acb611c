using System.Diagnostics;
using System.Text;

namespace MineralsMatch.Cli.Tests;

/// <summary>Runs the built tool (<c>dotnet MineralsMatch.Cli.dll ...</c>) as a separate process, as a user would.</summary>
public static class Tool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The tool's assembly, copied next to the tests by the project reference.</summary>
    public static string AssemblyPath { get; } = Locate();

    public static ToolRun Run(params string[] args) => Run(null, null, args);

    public static ToolRun RunIn(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    public static ToolRun RunWith(IReadOnlyDictionary<string, string?> environment, params string[] args) => Run(null, environment, args);

    public static ToolRun Run(string? workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        start.ArgumentList.Add(AssemblyPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A clean, predictable environment: no colour settings or widths leak in from the developer's shell.
        foreach (var name in new[] { "NO_COLOR", "FORCE_COLOR", "COLUMNS", "TERM" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"mineralsmatch {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s.");
        }

        process.WaitForExit();
        return new ToolRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "MineralsMatch.Cli.dll");
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        throw new FileNotFoundException($"The built tool was not found next to the tests: {beside} (with its .runtimeconfig.json).");
    }
}
