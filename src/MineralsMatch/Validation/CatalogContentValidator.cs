using FluentValidation;
using MineralsMatch.Minerals;

namespace MineralsMatch.Validation;

/// <summary>
/// Checks a <see cref="CatalogContent"/> on its own: every item, bounded counts, and ids unique per collection.
/// </summary>
/// <remarks>
/// References between items (list members, production records, citations) and clashes with a base catalog are
/// checked when contents are merged, by <see cref="MineralCatalog.Create(IEnumerable{CatalogContent})"/> and by <see cref="CatalogValidation"/>.
/// </remarks>
internal sealed class CatalogContentValidator : AbstractValidator<CatalogContent>
{
    /// <summary>Creates the validator.</summary>
    public CatalogContentValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Sources).AtMost(InputLimits.MaxItems)
            .Custom((sources, context) => context.FailDuplicates(sources, "Sources", s => s?.Key, "Key", "source"));
        RuleForEach(c => c.Sources).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new SourceValidator());

        RuleFor(c => c.Minerals).AtMost(InputLimits.MaxItems)
            .Custom((minerals, context) =>
            {
                context.FailDuplicates(minerals, "Minerals", m => m?.Id, "Id", "mineral");
                FailDuplicateProducts(minerals, context);
            });
        RuleForEach(c => c.Minerals).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new MineralValidator());

        RuleFor(c => c.Lists).AtMost(InputLimits.MaxItems)
            .Custom((lists, context) => context.FailDuplicates(lists, "Lists", l => l?.Id, "Id", "list"));
        RuleForEach(c => c.Lists).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new CriticalityListValidator());

        RuleFor(c => c.Production).AtMost(InputLimits.MaxItems)
            .Custom((records, context) => FailDuplicateProduction(records, context));
        RuleForEach(c => c.Production).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new ProductionRecordValidator());

        RuleFor(c => c.Parties).AtMost(InputLimits.MaxItems)
            .Custom((parties, context) => context.FailDuplicates(parties, "Parties", p => p?.Id, "Id", "party"));
        RuleForEach(c => c.Parties).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new PartyValidator());
    }

    private static void FailDuplicateProducts(IReadOnlyList<Mineral> minerals, ValidationContext<CatalogContent> context)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < minerals.Count; i++)
        {
            var products = minerals[i]?.Products;
            for (var j = 0; products is not null && j < products.Count; j++)
            {
                var path = $"Minerals[{i}].Products[{j}]";
                if (products[j]?.Id is { } id && !seen.TryAdd(id, path))
                {
                    context.Fail(path + ".Id", RuleCodes.Duplicate, $"product already exists (at {JsonPaths.FromPropertyChain(context.PropertyChain.BuildPropertyPath(seen[id]))})", id);
                }
            }
        }
    }

    private static void FailDuplicateProduction(IReadOnlyList<ProductionRecord> records, ValidationContext<CatalogContent> context)
    {
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i] is { Mineral: { } mineral, Country: { } country } && !seen.Add((mineral, country)))
            {
                context.Fail($"Production[{i}]", RuleCodes.Duplicate, "production record already exists", $"{mineral}/{country}");
            }
        }
    }
}
