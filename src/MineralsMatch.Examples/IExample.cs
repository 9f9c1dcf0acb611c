namespace MineralsMatch.Examples;

/// <summary>One runnable example: <c>dotnet run --project src/MineralsMatch.Examples -- NAME</c>.</summary>
public interface IExample
{
    /// <summary>The name on the command line, e.g. <c>gallium</c>.</summary>
    string Name { get; }

    /// <summary>What the example shows, in one line.</summary>
    string Description { get; }

    /// <summary>Runs the example and writes its result.</summary>
    /// <param name="output">Where the result goes.</param>
    /// <returns>The exit code: 0 on success.</returns>
    int Run(TextWriter output);
}
