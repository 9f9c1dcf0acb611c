namespace MineralsMatch.Examples.Examples;

/// <summary>TODO.</summary>
public sealed class DisruptionExample : IExample
{
    /// <inheritdoc />
    public string Name => "Disruption";

    /// <inheritdoc />
    public string Description => "TODO";

    /// <inheritdoc />
    public int Run(TextWriter output) => 1;
}
