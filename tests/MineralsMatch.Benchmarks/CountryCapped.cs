namespace MineralsMatch.Benchmarks;

/// <summary>
/// The T-country family: three layers, offer → (requirement, origin country) → requirement, the
/// middle arc capping one country's share at β = 40 % of the demand. Country shares follow Zipf
/// (s = 2, about 84 % from the top three of 30), and a middle node exists only where the cap can bind.
/// </summary>
internal static class CountryCapped
{
    private const int PerOffer = 30;
    private const int Countries = 30;
    private const double ShareCap = 0.4;

    public static FlowInstance Create(int arcs, ulong seed, bool hard)
    {
        var random = new Xoshiro256(seed);
        int offers = Math.Max(4, arcs / (PerOffer + 6));
        int requirements = Math.Max(PerOffer, offers * 5 / 2);
        var market = new InstanceGenerator.Market(random, offers, requirements, 100, 10_000, 100, 10_000, hard);
        int[] country = DrawCountries(random, offers);

        // Candidate matches per offer, and the capacity each (requirement, country) group could send.
        var candidates = new int[offers][];
        var groupCapacity = new Dictionary<long, long>();
        for (int o = 0; o < offers; o++)
        {
            candidates[o] = random.Distinct(PerOffer, requirements);
            foreach (int r in candidates[o])
            {
                long key = GroupKey(r, country[o]);
                groupCapacity[key] = groupCapacity.GetValueOrDefault(key) + market.MatchCapacity(o, r);
            }
        }

        // A middle node only where the group's capacity exceeds the cap; numbered by (requirement, country).
        var binding = groupCapacity
            .Where(g => g.Value > Cap(market.Demand[(int)(g.Key >> 32)]))
            .Select(g => g.Key)
            .Order()
            .ToArray();
        var middleNode = new Dictionary<long, int>(binding.Length);
        int firstMiddle = offers + requirements;
        for (int i = 0; i < binding.Length; i++)
        {
            middleNode[binding[i]] = firstMiddle + i;
        }

        market.ExtraNodes = binding.Length;
        var heads = new List<(int Head, int Requirement)>(PerOffer);
        for (int o = 0; o < offers; o++)
        {
            heads.Clear();
            foreach (int r in candidates[o])
            {
                int head = middleNode.TryGetValue(GroupKey(r, country[o]), out int middle) ? middle : market.RequirementNode(r);
                heads.Add((head, r));
            }

            heads.Sort();
            foreach (var (head, r) in heads)
            {
                market.AddArc(o, head, market.MatchCapacity(o, r), market.NextCost());
            }
        }

        for (int i = 0; i < binding.Length; i++)
        {
            int r = (int)(binding[i] >> 32);
            market.AddArc(firstMiddle + i, market.RequirementNode(r), Cap(market.Demand[r]), 0);
        }

        return market.Build($"T-country{(hard ? "-hard" : string.Empty)}-{arcs}-{seed}");
    }

    private static long Cap(long demand) => (long)(ShareCap * demand);

    private static long GroupKey(int requirement, int country) => ((long)requirement << 32) | (uint)country;

    /// <summary>Zipf with exponent 2 over the countries.</summary>
    private static int[] DrawCountries(Xoshiro256 random, int offers)
    {
        var cumulative = new double[Countries];
        double total = 0;
        for (int c = 0; c < Countries; c++)
        {
            total += 1.0 / ((c + 1.0) * (c + 1.0));
            cumulative[c] = total;
        }

        var country = new int[offers];
        for (int o = 0; o < offers; o++)
        {
            double u = random.NextDouble() * total;
            int c = Array.FindIndex(cumulative, x => u < x);
            country[o] = c < 0 ? Countries - 1 : c;
        }

        return country;
    }
}
