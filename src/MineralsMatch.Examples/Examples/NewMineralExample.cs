namespace MineralsMatch.Examples.Examples;

/// <summary>TODO.</summary>
public sealed class NewMineralExample : IExample
{
    /// <inheritdoc />
    public string Name => "NewMineral";

    /// <inheritdoc />
    public string Description => "TODO";

    /// <inheritdoc />
    public int Run(TextWriter output) => 1;
}
