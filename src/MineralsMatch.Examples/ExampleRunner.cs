namespace MineralsMatch.Examples;

/// <summary>The command line: no argument lists the examples, a name runs one.</summary>
public static class ExampleRunner
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments: none, or one example name.</param>
    /// <param name="output">Where results and the list go.</param>
    /// <param name="error">Where the message for an unknown name goes.</param>
    /// <returns>0 when the list is shown or the example succeeds; 1 for an unknown name; otherwise the example's code.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 0)
        {
            WriteList(output);
            return 0;
        }

        var example = args.Count == 1 ? ExampleList.Find(args[0]) : null;
        if (example is null)
        {
            error.WriteLine(args.Count == 1 ? $"Unknown example '{args[0]}'." : "Give one example name.");
            WriteList(error);
            return 1;
        }

        return example.Run(output);
    }

    private static void WriteList(TextWriter writer)
    {
        writer.WriteLine("Usage: dotnet run --project src/MineralsMatch.Examples -- NAME");
        writer.WriteLine();
        writer.WriteLine("Examples:");
        var width = ExampleList.All.Max(e => e.Name.Length);
        foreach (var example in ExampleList.All)
        {
            writer.WriteLine($"  {example.Name.PadRight(width)}  {example.Description}");
        }
    }
}
