namespace MineralsMatch.Matching;

/// <summary>The stages of a matching run, in the order they run.</summary>
public enum MatchStage
{
    /// <summary>The market and the options are validated.</summary>
    Validation,

    /// <summary>Offer–requirement pairs are generated, checked by the candidate rules, and each accepted pair is given its value per unit.</summary>
    Candidates,

    /// <summary>Contracts are planned over the years (the allocation).</summary>
    Planning,

    /// <summary>Contract and reservation prices are set.</summary>
    Pricing,

    /// <summary>Contract terms are written.</summary>
    Terms,

    /// <summary>Every requirement's and offer's outcome is explained.</summary>
    Explanations,
}
