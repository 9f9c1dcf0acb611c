using MineralsMatch.Contracts;

namespace MineralsMatch.Reporting.Formatting;

/// <summary>Money figures derived from a proposal.</summary>
internal static class ProposalValue
{
    /// <summary>The traded value per year in USD at the base price: volumes of different units cannot be summed, money can.</summary>
    public static decimal AnnualTurnover(ContractProposal proposal) => proposal.Terms.Base.Cost(proposal.AnnualVolume);

    /// <summary>The value per year in USD that the allocation creates with this proposal.</summary>
    public static decimal AnnualValue(ContractProposal proposal) => proposal.ValuePerUnit * proposal.AnnualVolume.Amount;
}
