using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Matching.Planning;
using MineralsMatch.Matching.Scoring;
using MineralsMatch.Matching.Terms;
using MineralsMatch.Minerals;

namespace MineralsMatch.DependencyInjection;

/// <summary>
/// Configures what <c>services.AddMineralsMatch(builder => ...)</c> registers: catalog additions (minerals,
/// products, lists, list memberships, catalog files), extra candidate rules and scorers, the allocation
/// solver, the contract terms policy and the default options.
/// </summary>
/// <remarks>
/// Registration does no work: catalog additions (and catalog files) are read and validated together when the catalog is
/// first resolved, and every clash or unknown reference is reported at once; options are validated when they are first
/// resolved (or at start, with <c>services.AddOptions&lt;MatchingOptions&gt;().ValidateOnStart()</c>). Every
/// <c>AddMineralsMatch</c> call's additions count, in call order; see docs/dependency-injection.md.
/// </remarks>
/// <example>
/// <code>
/// services.AddMineralsMatch(builder => builder
///     .AddMineral(new Mineral { Id = "graphite", Name = "Graphite", Symbol = "C", Group = MineralGroup.Battery })
///     .AddProduct("graphite", new Product { Id = "graphite-flake", Mineral = "graphite", Name = "Flake graphite 94 %", Form = ProductForm.Concentrate, PricingUnit = QuantityUnit.Tonne })
///     .AddToList("japan-32", "graphite")
///     .AddRule(new CertificationRule())
///     .WithOptions(new MatchingOptions { Objective = MatchObjective.CoverageFirst }));
/// </code>
/// </example>
public sealed class MineralsMatchBuilder
{
    private readonly List<Func<CatalogContent>> _catalogs = [];
    private readonly List<Mineral> _minerals = [];
    private readonly List<(string Mineral, Product Product)> _products = [];
    private readonly List<CriticalityList> _lists = [];
    private readonly List<(string List, string Mineral)> _memberships = [];

    internal MineralsMatchBuilder()
    {
    }

    internal List<ICandidateRule> Rules { get; } = [];

    internal List<ICandidateScorer> Scorers { get; } = [];

    internal IAllocationSolver? Solver { get; private set; }

    internal IContractPlanner? Planner { get; private set; }

    internal IContractTermsPolicy? TermsPolicy { get; private set; }

    internal MatchingOptions? Options { get; private set; }

    /// <summary>Adds a mineral (with any products it lists).</summary>
    /// <param name="mineral">The mineral; its id must not exist yet.</param>
    /// <returns>This builder.</returns>
    public MineralsMatchBuilder AddMineral(Mineral mineral)
    {
        ArgumentNullException.ThrowIfNull(mineral);
        _minerals.Add(mineral);
        return this;
    }

    /// <summary>Adds a product to a mineral that exists in the catalog or is added by this builder.</summary>
    /// <param name="mineralId">The mineral's id.</param>
    /// <param name="product">The product; its id must not exist yet and its <see cref="Product.Mineral"/> must be <paramref name="mineralId"/>.</param>
    /// <returns>This builder.</returns>
    public MineralsMatchBuilder AddProduct(string mineralId, Product product)
    {
        ArgumentNullException.ThrowIfNull(mineralId);
        ArgumentNullException.ThrowIfNull(product);
        _products.Add((mineralId, product));
        return this;
    }

    /// <summary>Adds a criticality list.</summary>
    /// <param name="list">The list; its id must not exist yet (to add members to an existing list use <see cref="AddToList"/>).</param>
    /// <returns>This builder.</returns>
    public MineralsMatchBuilder AddList(CriticalityList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        _lists.Add(list);
        return this;
    }

    /// <summary>Puts a mineral on an existing list.</summary>
    /// <param name="listId">The list, e.g. <c>japan-32</c>.</param>
    /// <param name="mineralId">The mineral.</param>
    /// <returns>This builder.</returns>
    public MineralsMatchBuilder AddToList(string listId, string mineralId)
    {
        ArgumentNullException.ThrowIfNull(listId);
        ArgumentNullException.ThrowIfNull(mineralId);
        _memberships.Add((listId, mineralId));
        return this;
    }

    /// <summary>Adds a whole catalog content (sources, minerals, lists, production, parties).</summary>
    /// <param name="content">The content.</param>
    /// <returns>This builder.</returns>
    public MineralsMatchBuilder AddCatalog(CatalogContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _catalogs.Add(() => content);
        return this;
    }

    /// <summary>Adds the content of a JSON catalog file (see docs/catalog.md for the format), read when the catalog is first resolved.</summary>
    /// <param name="path">The file.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Resolving the catalog throws <see cref="MineralsMatchValidationException"/> when the file is invalid, listing every error with line and column.</remarks>
    public MineralsMatchBuilder AddCatalogFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _catalogs.Add(() => Scenarios.CatalogFile.Load(path));
        return this;
    }

    /// <summary>Adds a candidate rule; it runs after the built-in rules and those added before it.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public MineralsMatchBuilder AddRule(ICandidateRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rules.Add(rule);
        return this;
    }

    /// <summary>Adds a candidate scorer; its component is added to the value per unit.</summary>
    /// <param name="scorer">The scorer.</param>
    /// <returns>This builder.</returns>
    public MineralsMatchBuilder AddScorer(ICandidateScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        Scorers.Add(scorer);
        return this;
    }

    /// <summary>Replaces the allocation solver.</summary>
    /// <param name="solver">The solver.</param>
    /// <returns>This builder.</returns>
    public MineralsMatchBuilder UseSolver(IAllocationSolver solver)
    {
        Solver = solver ?? throw new ArgumentNullException(nameof(solver));
        return this;
    }

    /// <summary>Replaces the multi-year contract planner (for example with the exact planner of <c>MineralsMatch.OrTools</c>).</summary>
    /// <param name="planner">The planner.</param>
    /// <returns>This builder.</returns>
    public MineralsMatchBuilder UsePlanner(IContractPlanner planner)
    {
        Planner = planner ?? throw new ArgumentNullException(nameof(planner));
        return this;
    }

    /// <summary>Replaces the contract terms policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public MineralsMatchBuilder UseTermsPolicy(IContractTermsPolicy policy)
    {
        TermsPolicy = policy ?? throw new ArgumentNullException(nameof(policy));
        return this;
    }

    /// <summary>Sets the default options of every run: registers a <c>Configure&lt;MatchingOptions&gt;</c> that copies every setting of <paramref name="options"/>.</summary>
    /// <param name="options">The options (copied when the options are first resolved).</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// Like any <c>Configure</c>, it runs in registration order, so a later <c>services.Configure&lt;MatchingOptions&gt;(...)</c>
    /// or <c>PostConfigure</c> changes what it set. The options are validated when first resolved.
    /// </remarks>
    public MineralsMatchBuilder WithOptions(MatchingOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>The catalog additions this builder holds, unread.</summary>
    internal CatalogAdditions Additions() =>
        new([.. _catalogs], [.. _minerals], [.. _products], [.. _lists], [.. _memberships]);
}
