using FluentValidation;
using FluentValidation.Results;

namespace MineralsMatch.Validation;

/// <summary>Reports a failure at a path relative to the object a validator is checking.</summary>
internal static class ValidationContextExtensions
{
    /// <summary>Adds a failure at <paramref name="relativePath"/> (e.g. <c>Offers[3].Producer</c>) below the current object.</summary>
    public static void Fail<T>(this ValidationContext<T> context, string relativePath, string rule, string message, object? attemptedValue) =>
        context.AddFailure(new ValidationFailure(context.PropertyChain.BuildPropertyPath(relativePath), message, attemptedValue) { ErrorCode = rule });

    /// <summary>Reports every id used more than once, at the later uses.</summary>
    public static void FailDuplicates<T, TItem>(this ValidationContext<T> context, IReadOnlyList<TItem>? items, string collection, Func<TItem, string?> key, string keyName, string what)
    {
        if (items is null)
        {
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null || key(items[i]) is not { } id)
            {
                continue;
            }

            if (!seen.TryAdd(id, i))
            {
                context.Fail($"{collection}[{i}].{keyName}", RuleCodes.Duplicate, $"{what} already exists (at {JsonPaths.FromPropertyChain(context.PropertyChain.BuildPropertyPath($"{collection}[{seen[id]}]"))})", id);
            }
        }
    }
}
