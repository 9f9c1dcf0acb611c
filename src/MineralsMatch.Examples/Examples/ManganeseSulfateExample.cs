namespace MineralsMatch.Examples.Examples;

/// <summary>TODO.</summary>
public sealed class ManganeseSulfateExample : IExample
{
    /// <inheritdoc />
    public string Name => "ManganeseSulfate";

    /// <inheritdoc />
    public string Description => "TODO";

    /// <inheritdoc />
    public int Run(TextWriter output) => 1;
}
