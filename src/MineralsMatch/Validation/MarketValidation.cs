using MineralsMatch.Markets;

namespace MineralsMatch.Validation;

/// <summary>Validates a <see cref="Market"/> against a catalog and reports every error in the JSON-path vocabulary.</summary>
/// <example>
/// <code>
/// IReadOnlyList&lt;InputError&gt; errors = MarketValidation.Validate(market, MineralCatalog.Default);
/// foreach (var error in errors)
///     Console.WriteLine(error); // $.offers[3].annualVolume.amount: must be greater than 0 (was -5)
/// </code>
/// </example>
public static class MarketValidation
{
    // One validator per catalog object, built once: its rules depend on the catalog only, and a built FluentValidation validator
    // is safe to share between threads. Building it takes tens of milliseconds, as long as checking a thousand offers.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IMineralCatalog, MarketValidator> Validators = new();

    private static MarketValidator For(IMineralCatalog catalog) => Validators.GetValue(catalog, static c => new MarketValidator(c));

    /// <summary>Every error in the market, in rule order.</summary>
    /// <param name="market">The market.</param>
    /// <param name="catalog">The catalog its references are resolved against.</param>
    /// <returns>The errors; empty when the market is valid.</returns>
    public static IReadOnlyList<InputError> Validate(Market market, IMineralCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(catalog);
        return InputErrors.Distinct(InputErrors.From(For(catalog).Validate(market)));
    }

    /// <summary>Every error in the market; stops with <see cref="OperationCanceledException"/> between items once cancelled.</summary>
    internal static IReadOnlyList<InputError> Validate(Market market, IMineralCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(catalog);
        var context = new FluentValidation.ValidationContext<Market>(market);
        ValidationCancellation.Attach(context, cancellationToken);
        return InputErrors.Distinct(InputErrors.From(For(catalog).Validate(context)));
    }

    /// <summary>Throws when the market has any error.</summary>
    /// <param name="market">The market.</param>
    /// <param name="catalog">The catalog its references are resolved against.</param>
    /// <exception cref="MineralsMatchValidationException">The market is invalid; every error is listed.</exception>
    public static void ThrowIfInvalid(Market market, IMineralCatalog catalog)
    {
        var errors = Validate(market, catalog);
        if (errors.Count > 0)
        {
            throw new MineralsMatchValidationException(errors);
        }
    }
}
