namespace MineralsMatch.Benchmarks;

/// <summary>
/// Seeded MineralsMatch-shaped transportation instances (PERFORMANCE.md §2.1, §6.3). Every
/// instance is balanced and feasible: offers may leave volume unsold at a zero-cost sink and
/// requirements may stay unmet from a zero-cost source. Matching arcs cost -margin in
/// [-10⁴, 0]. Arcs come in canonical order, sorted by (tail, head), then the slack arcs.
/// The "-hard" variants scale the demands to 0.9× the supply and charge 3·10⁴ per unmet unit,
/// so the slack is no longer free and the spanning trees deepen. T-netgen and T-hub
/// (<see cref="NetgenFamilies"/>) have no slack at all.
/// </summary>
internal static class InstanceGenerator
{
    public static readonly string[] Families =
    [
        "T-sparse", "T-dense", "T-skew", "T-country",
        "T-sparse-hard", "T-dense-hard", "T-skew-hard", "T-country-hard",
        "T-netgen", "T-hub",
    ];

    /// <summary>The families of the published tables before the harder ones were added.</summary>
    public static readonly string[] OldFamilies = ["T-sparse", "T-dense", "T-skew", "T-country"];

    /// <summary>Demand as a share of supply in the "-hard" variants.</summary>
    public const double HardDemandShare = 0.9;

    /// <summary>Cost of one unit of unmet demand in the "-hard" variants (above any margin).</summary>
    public const long UnmetPenalty = 30_000;

    public static readonly int[] Sizes = [10_000, 100_000, 1_000_000];

    private const int MaxMargin = 10_000;

    /// <summary>Builds the instance named by (family, approximate arc count, seed).</summary>
    public static FlowInstance Create(string family, int arcs, ulong seed) => family switch
    {
        "T-sparse" => Sparse(arcs, seed, hard: false),
        "T-dense" => Dense(arcs, seed, hard: false),
        "T-skew" => Skew(arcs, seed, hard: false),
        "T-country" => CountryCapped.Create(arcs, seed, hard: false),
        "T-sparse-hard" => Sparse(arcs, seed, hard: true),
        "T-dense-hard" => Dense(arcs, seed, hard: true),
        "T-skew-hard" => Skew(arcs, seed, hard: true),
        "T-country-hard" => CountryCapped.Create(arcs, seed, hard: true),
        "T-netgen" => NetgenFamilies.Transport(arcs, seed),
        "T-hub" => NetgenFamilies.Transshipment(arcs, seed),
        _ => throw new ArgumentException($"Unknown family '{family}'; expected one of {string.Join(", ", Families)}.", nameof(family)),
    };

    /// <summary>k = 50 arcs per offer, 2.5 requirements per offer.</summary>
    private static FlowInstance Sparse(int arcs, ulong seed, bool hard)
    {
        const int PerOffer = 50;
        var random = new Xoshiro256(seed);
        int offers = Math.Max(4, arcs / (PerOffer + 4));
        int requirements = Math.Max(PerOffer, offers * 5 / 2);
        var market = new Market(random, offers, requirements, 100, 10_000, 100, 10_000, hard);
        for (int o = 0; o < offers; o++)
        {
            foreach (int r in random.Distinct(PerOffer, requirements))
            {
                market.Match(o, r);
            }
        }

        return market.Build($"T-sparse{(hard ? "-hard" : string.Empty)}-{arcs}-{seed}");
    }

    /// <summary>Complete bipartite, three requirements per offer.</summary>
    private static FlowInstance Dense(int arcs, ulong seed, bool hard)
    {
        var random = new Xoshiro256(seed);
        int offers = Math.Max(2, (int)Math.Round(Math.Sqrt(arcs / 3.0)));
        int requirements = offers * 3;
        var market = new Market(random, offers, requirements, 100, 10_000, 100, 10_000, hard);
        for (int o = 0; o < offers; o++)
        {
            for (int r = 0; r < requirements; r++)
            {
                market.Match(o, r);
            }
        }

        return market.Build($"T-dense{(hard ? "-hard" : string.Empty)}-{arcs}-{seed}");
    }

    /// <summary>Few huge producers, many small buyers, ten candidate offers per requirement.</summary>
    private static FlowInstance Skew(int arcs, ulong seed, bool hard)
    {
        const int PerRequirement = 10;
        var random = new Xoshiro256(seed);
        int offers = Math.Max(PerRequirement, arcs / 2_000);
        int requirements = Math.Max(1, arcs / (PerRequirement + 1));
        var market = new Market(random, offers, requirements, 100_000, 1_000_000, 10, 1_000, hard);
        var pairs = new List<long>(requirements * PerRequirement);
        for (int r = 0; r < requirements; r++)
        {
            foreach (int o in random.Distinct(PerRequirement, offers))
            {
                pairs.Add(((long)o << 32) | (uint)r);
            }
        }

        pairs.Sort();
        foreach (long pair in pairs)
        {
            market.Match((int)(pair >> 32), (int)pair);
        }

        return market.Build($"T-skew{(hard ? "-hard" : string.Empty)}-{arcs}-{seed}");
    }

    /// <summary>Draws count distinct integers from [0, range), sorted.</summary>
    public static int[] Distinct(this Xoshiro256 random, int count, int range)
    {
        count = Math.Min(count, range);
        var picked = new HashSet<int>();
        while (picked.Count < count)
        {
            picked.Add(random.Between(0, range - 1));
        }

        int[] result = [.. picked];
        Array.Sort(result);
        return result;
    }

    /// <summary>Offers and requirements with random volumes, matching arcs added in canonical order, then slack.</summary>
    internal sealed class Market
    {
        private readonly Xoshiro256 _random;
        private readonly List<int> _tail = [];
        private readonly List<int> _head = [];
        private readonly List<long> _capacity = [];
        private readonly List<long> _cost = [];
        private readonly long _unmetCost;

        public Market(Xoshiro256 random, int offers, int requirements, long minSupply, long maxSupply, long minDemand, long maxDemand, bool hard)
        {
            _unmetCost = hard ? UnmetPenalty : 0;
            _random = random;
            Offers = offers;
            Requirements = requirements;
            Supply = new long[offers];
            Demand = new long[requirements];
            for (int o = 0; o < offers; o++)
            {
                Supply[o] = random.Between(minSupply, maxSupply);
            }

            for (int r = 0; r < requirements; r++)
            {
                Demand[r] = random.Between(minDemand, maxDemand);
            }

            if (hard)
            {
                double scale = HardDemandShare * Supply.Sum() / Demand.Sum();
                for (int r = 0; r < requirements; r++)
                {
                    Demand[r] = Math.Max(1, (long)(Demand[r] * scale));
                }
            }
        }

        public int Offers { get; }

        public int Requirements { get; }

        public long[] Supply { get; }

        public long[] Demand { get; }

        public int ExtraNodes { get; set; }

        public int RequirementNode(int r) => Offers + r;

        /// <summary>The diversification cap: a third of the smaller volume.</summary>
        public long MatchCapacity(int o, int r) => Math.Max(1, Math.Min(Supply[o], Demand[r]) / 3);

        public long NextCost() => -_random.Between(0, MaxMargin);

        public void Match(int o, int r) => AddArc(o, RequirementNode(r), MatchCapacity(o, r), NextCost());

        public void AddArc(int tail, int head, long capacity, long cost)
        {
            _tail.Add(tail);
            _head.Add(head);
            _capacity.Add(capacity);
            _cost.Add(cost);
        }

        public FlowInstance Build(string name)
        {
            int unsold = Offers + Requirements + ExtraNodes;
            int unmet = unsold + 1;
            long totalSupply = Supply.Sum();
            long totalDemand = Demand.Sum();
            for (int o = 0; o < Offers; o++)
            {
                AddArc(o, unsold, Supply[o], 0);
            }

            for (int r = 0; r < Requirements; r++)
            {
                AddArc(unmet, RequirementNode(r), Demand[r], _unmetCost);
            }

            AddArc(unmet, unsold, totalDemand, 0);
            var supply = new long[unmet + 1];
            Supply.CopyTo(supply, 0);
            for (int r = 0; r < Requirements; r++)
            {
                supply[RequirementNode(r)] = -Demand[r];
            }

            supply[unsold] = -totalSupply;
            supply[unmet] = totalDemand;
            return new FlowInstance(name, unmet + 1, [.. _tail], [.. _head], [.. _capacity], [.. _cost], supply);
        }
    }
}
