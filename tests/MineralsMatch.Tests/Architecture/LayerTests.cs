using MineralsMatch.Minerals;

namespace MineralsMatch.Tests.Architecture;

/// <summary>
/// The core assembly's layers point one way (docs/architecture.md): every reference from one layer to another is allowed by
/// <see cref="Allowed"/>, except the back-pointing references still listed in <see cref="KnownBackPointers"/>, which may
/// only shrink: one that no longer occurs fails the test until it is removed from the list.
/// </summary>
public sealed class LayerTests
{
    private const string Root = "MineralsMatch";

    // Each layer and the namespaces (under MineralsMatch, sub-namespaces included) in it.
    private static readonly Dictionary<string, string[]> Layers = new(StringComparer.Ordinal)
    {
        ["collections"] = ["Collections"],
        ["optimization"] = ["Optimization"],
        ["catalog"] = ["Minerals", "Parties"],
        ["logistics"] = ["Logistics"],
        ["markets"] = ["Markets", "Policies"],
        ["validation"] = ["Validation"],
        ["scenarios"] = ["Scenarios"],
        ["matching"] = ["Matching", "Contracts"],
        ["analyses"] = ["Backtesting", "Comparison", "Stress", "Risk", "Results", "Formatting"],
        ["entry"] = ["DependencyInjection"],
    };

    // Types of the root namespace sit in the layer of what they describe; the rest of the root is the entry layer. The
    // foundation is the vocabulary every layer shares: input errors, their rule codes and exception, and the enum spelling.
    private static readonly Dictionary<Type, string> RootTypes = new()
    {
        [typeof(InputError)] = "foundation",
        [typeof(RuleCodes)] = "foundation",
        [typeof(ControlCharacters)] = "foundation",
        [typeof(MineralsMatchValidationException)] = "foundation",
        [typeof(JsonEnum<>)] = "foundation",
        [typeof(EnumSpelling)] = "foundation",
        [typeof(IMineralCatalog)] = "catalog",
        [typeof(IMatchingEngine)] = "matching",
        [typeof(MatchResult)] = "matching",
    };

    // What each layer may refer to besides itself (all may use the foundation: the error vocabulary and the enum spelling): the
    // domain (catalog, logistics, markets) depends on nothing above it; validation on the domain; matching on the domain, the
    // solver and validation (the engine checks its input; docs/architecture.md says why); analyses and results on matching; the
    // file format (scenarios) on all of these, since a scenario file holds a market, its options and its stress sets; the
    // entry layer (dependency injection, the root's defaults) on everything.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["collections"] = [],
        ["foundation"] = ["collections"],
        ["optimization"] = ["collections"],
        ["catalog"] = ["collections", "foundation"],
        ["logistics"] = ["collections", "foundation", "catalog"],
        ["markets"] = ["collections", "foundation", "catalog", "logistics"],
        ["validation"] = ["collections", "foundation", "catalog", "logistics", "markets"],
        ["matching"] = ["collections", "foundation", "optimization", "catalog", "logistics", "markets", "validation"],
        ["analyses"] = ["collections", "foundation", "optimization", "catalog", "logistics", "markets", "validation", "matching"],
        ["scenarios"] = ["collections", "foundation", "optimization", "catalog", "logistics", "markets", "validation", "matching", "analyses"],
        ["entry"] = ["collections", "foundation", "optimization", "catalog", "logistics", "markets", "validation", "scenarios", "matching", "analyses"],
    };

    // Namespace pairs that still point back, each with the reason; see docs/architecture.md for how each would be removed.
    private static readonly Dictionary<(string From, string To), string> KnownBackPointers = new()
    {
    };

    [Test]
    public void Every_layer_refers_only_to_the_layers_below_it()
    {
        var violations = Violations();
        var unexpected = violations.Where(v => !KnownBackPointers.ContainsKey((v.FromNamespace, v.ToNamespace))).Select(v => v.ToString()).ToList();

        Assert.That(unexpected, Is.Empty, "new back-pointing references");
    }

    [Test]
    public void Every_known_back_pointer_still_occurs()
    {
        var occurring = Violations().Select(v => (v.FromNamespace, v.ToNamespace)).ToHashSet();

        Assert.That(KnownBackPointers.Keys.Where(k => !occurring.Contains(k)).ToList(), Is.Empty, "fixed: remove from KnownBackPointers and docs/architecture.md");
    }

    [Test]
    public void Every_namespace_of_the_assembly_has_a_layer()
    {
        var unplaced = typeof(Mineral).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith(Root, StringComparison.Ordinal))
            .Where(t => LayerOf(t) is null)
            .Select(t => t.FullName)
            .ToList();

        Assert.That(unplaced, Is.Empty);
    }

    [Test]
    public void The_checker_sees_references_made_only_inside_method_bodies()
    {
        var references = TypeReferences.Of(typeof(BodyOnlyReference));

        Assert.That(references, Does.Contain(typeof(MineralCatalog)));
    }

    private static List<Violation> Violations() =>
        [.. typeof(Mineral).Assembly.GetTypes()
            .Where(t => LayerOf(t) is not null)
            .SelectMany(t => TypeReferences.Of(t)
                .Where(r => !r.HasElementType && r.Assembly == t.Assembly && LayerOf(r) is { } to && to != LayerOf(t) && !Allowed[LayerOf(t)!].Contains(to))
                .Select(r => new Violation(t, r)))
            .DistinctBy(v => v.ToString())
            .OrderBy(v => v.ToString(), StringComparer.Ordinal)];

    private static string? LayerOf(Type type)
    {
        type = Outermost(type);

        if (RootTypes.TryGetValue(type, out var rootLayer))
        {
            return rootLayer;
        }

        var ns = type.Namespace;
        if (ns == Root)
        {
            return "entry";
        }

        if (ns is null || !ns.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var top = ns[(Root.Length + 1)..].Split('.')[0];
        return Layers.FirstOrDefault(l => l.Value.Contains(top)).Key;
    }

    private static string TopNamespace(Type type)
    {
        type = Outermost(type);

        return RootTypes.ContainsKey(type) || type.Namespace == Root ? type.Name : type.Namespace![(Root.Length + 1)..].Split('.')[0];
    }

    // The type a nested type is declared in, and the definition of a constructed generic type.
    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type.IsConstructedGenericType ? type.GetGenericTypeDefinition() : type;
    }

    private sealed record Violation(Type From, Type To)
    {
        public string FromNamespace => TopNamespace(From);

        public string ToNamespace => TopNamespace(To);

        public override string ToString() => $"{FromNamespace} → {ToNamespace}: {From} uses {To}";
    }

    private static class BodyOnlyReference
    {
        public static int Count() => MineralCatalog.Default.Minerals.Count;
    }
}
