using FluentValidation;

namespace MineralsMatch.Validation;

/// <summary>Carries a run's cancellation token into validation, so a large market's validation stops per item when cancelled.</summary>
internal static class ValidationCancellation
{
    private const string Key = "MineralsMatch.CancellationToken";

    /// <summary>Stores <paramref name="cancellationToken"/> in the context's root data.</summary>
    public static void Attach(IValidationContext context, CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            context.RootContextData[Key] = cancellationToken;
        }
    }

    /// <summary>Throws <see cref="OperationCanceledException"/> when the token stored in the context is cancelled.</summary>
    public static void ThrowIfRequested(IValidationContext context)
    {
        if (context.RootContextData.TryGetValue(Key, out var stored) && stored is CancellationToken token)
        {
            token.ThrowIfCancellationRequested();
        }
    }
}
