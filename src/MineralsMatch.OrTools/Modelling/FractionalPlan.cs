namespace MineralsMatch.OrTools.Modelling;

/// <summary>A solver's plan before rounding: per contract its annual volume and its delivery in each delivery year.</summary>
/// <param name="Volumes">Per contract, the annual volume (0 when not signed).</param>
/// <param name="Deliveries">Per contract, the delivery in each of its delivery years.</param>
internal sealed record FractionalPlan(double[] Volumes, double[][] Deliveries);
