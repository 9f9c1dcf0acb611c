namespace MineralsMatch.Examples.Examples;

/// <summary>TODO.</summary>
public sealed class CustomRuleExample : IExample
{
    /// <inheritdoc />
    public string Name => "CustomRule";

    /// <inheritdoc />
    public string Description => "TODO";

    /// <inheritdoc />
    public int Run(TextWriter output) => 1;
}
