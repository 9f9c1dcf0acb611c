namespace MineralsMatch.Examples.Examples;

/// <summary>TODO.</summary>
public sealed class PortfolioExample : IExample
{
    /// <inheritdoc />
    public string Name => "Portfolio";

    /// <inheritdoc />
    public string Description => "TODO";

    /// <inheritdoc />
    public int Run(TextWriter output) => 1;
}
