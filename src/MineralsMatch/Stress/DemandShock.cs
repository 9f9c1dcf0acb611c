using MineralsMatch.Collections;
using MineralsMatch.Markets;

namespace MineralsMatch.Stress;

/// <summary>Raises or lowers demand by a percentage for the requirements it picks: by id, buyer and product or mineral.</summary>
/// <remarks>Scales the annual volume and the demand profile (a minimum above the new volume falls to it); −100 % removes the requirement.</remarks>
public sealed record DemandShock : Shock
{
    /// <summary>Requirement ids; empty = any.</summary>
    public IReadOnlyList<string> Requirements { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Buyer party ids; empty = any.</summary>
    public IReadOnlyList<string> Buyers { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Product or mineral ids; empty = any.</summary>
    public IReadOnlyList<string> Products { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The change in demand, percent (+20 = a fifth more).</summary>
    public required decimal ChangePercent { get; init; }

    /// <inheritdoc />
    public override string Kind => "demand";

    /// <inheritdoc />
    public override Market Apply(Market market, IMineralCatalog catalog)
    {
        var scope = new ShockScope(market, catalog);
        var factor = Percent.Factor(ChangePercent);
        var requirements = new List<Requirement>(market.Requirements.Count);
        foreach (var r in market.Requirements)
        {
            if (!(ShockScope.Any(Requirements, r.Id) && ShockScope.Any(Buyers, r.Buyer) && scope.Product(Products, r.Product)))
            {
                requirements.Add(r);
            }
            else if (factor > 0m)
            {
                var annual = r.AnnualVolume * factor;
                requirements.Add(r with
                {
                    AnnualVolume = annual,
                    DemandByYear = ProfileShift.Scale(r.DemandByYear, factor),
                    MinAnnualVolume = ProfileShift.ClampMinimum(r.MinAnnualVolume, annual),
                });
            }
        }

        return market with { Requirements = requirements };
    }

    /// <inheritdoc />
    public override string Describe() =>
        "demand " + Percent.Text(ChangePercent) + Selection.Text(("requirements", Requirements), ("buyers", Buyers), ("products", Products));
}
