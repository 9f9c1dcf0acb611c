using MineralsMatch.Contracts;

namespace MineralsMatch.Examples;

/// <summary>Writes contract proposals as an aligned table: who, how much, which route, how long, at what terms.</summary>
public static class ProposalTable
{
    /// <summary>Writes the proposals, or a line saying there are none.</summary>
    /// <param name="proposals">The proposals.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(IEnumerable<ContractProposal> proposals, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        ArgumentNullException.ThrowIfNull(output);
        var table = new TextTable("Supplier", "Buyer", ">Volume/yr", "Route", ">Start", ">Tenor", "Incoterm", ">Base", ">Floor", ">Ceiling", "Pricing");
        foreach (var p in proposals)
        {
            table.Add(
                p.Supplier,
                p.Buyer,
                Numbers.Quantity(p.AnnualVolume),
                p.Route,
                Numbers.Digits(p.StartYear),
                Numbers.Digits(p.TenorYears) + " yr",
                p.Terms.Incoterm.ToString().ToUpperInvariant(),
                Numbers.Price(p.Terms.Base),
                Numbers.Price(p.Terms.Floor),
                Numbers.Price(p.Terms.Ceiling),
                p.Terms.IndexLinked ? "index-linked" : "fixed");
        }

        if (table.RowCount == 0)
        {
            output.WriteLine("(no proposals)");
            return;
        }

        table.Write(output);
    }
}
