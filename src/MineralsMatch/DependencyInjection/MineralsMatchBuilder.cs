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
/// <remarks>Catalog additions are validated together when <c>AddMineralsMatch</c> returns; every clash or unknown reference is reported at once.</remarks>
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
    private readonly List<CatalogContent> _catalogs = [];
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

    internal MatchingOptions Options { get; private set; } = MatchingOptions.Default;

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
        _catalogs.Add(content);
        return this;
    }

    /// <summary>Adds the content of a JSON catalog file (see docs/catalog.md for the format).</summary>
    /// <param name="path">The file.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="MineralsMatchValidationException">The file is invalid; every error is listed with line and column.</exception>
    public MineralsMatchBuilder AddCatalogFile(string path) => AddCatalog(Scenarios.CatalogFile.Load(path));

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

    /// <summary>Sets the default options of every run (validated when registration completes).</summary>
    /// <param name="options">The options.</param>
    /// <returns>This builder.</returns>
    public MineralsMatchBuilder WithOptions(MatchingOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>Builds the catalog: the embedded one plus every addition, validated together.</summary>
    internal MineralCatalog BuildCatalog()
    {
        var additions = new CatalogContent { Minerals = _minerals, Lists = _lists };
        return MineralCatalog.Create([MineralCatalog.Default.ToContent(), .. _catalogs, additions], _products, _memberships);
    }
}
