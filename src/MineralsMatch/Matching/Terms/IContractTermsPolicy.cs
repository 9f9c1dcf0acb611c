using MineralsMatch.Contracts;

namespace MineralsMatch.Matching.Terms;

/// <summary>Turns an allocated candidate into a contract proposal: start year, tenor, price terms, incoterm, flexibility and schedule.</summary>
/// <remarks>Replace it with <c>services.AddMineralsMatch(b => b.UseTermsPolicy(new MyPolicy()))</c>. Implementations must be thread-safe.</remarks>
public interface IContractTermsPolicy
{
    /// <summary>Proposes the contract for one allocated candidate.</summary>
    /// <param name="allocated">The candidate and its annual volume.</param>
    /// <returns>The proposal.</returns>
    ContractProposal Propose(AllocatedCandidate allocated);
}
