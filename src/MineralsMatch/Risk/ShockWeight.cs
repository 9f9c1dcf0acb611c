namespace MineralsMatch.Risk;

/// <summary>A shock set in a supply-risk run: its name, yearly probability and in how many samples it struck.</summary>
/// <param name="Name">The shock set's name.</param>
/// <param name="Probability">The yearly probability, 0 to 1.</param>
/// <param name="Struck">The number of samples in which it struck.</param>
public sealed record ShockWeight(string Name, decimal Probability, int Struck);
