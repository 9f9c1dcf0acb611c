using BenchmarkDotNet.Attributes;
using MineralsMatch.Optimization;

namespace MineralsMatch.Benchmarks;

/// <summary>OR-Tools against the managed solver on one generated family; every method builds, solves and reads all flows.</summary>
[MemoryDiagnoser]
public abstract class FamilyBenchmarks
{
    private FlowInstance _instance = null!;
    private NetworkSimplex _reused = null!;
    private long[] _flows = [];

    /// <summary>Approximate number of arcs: 10⁴, 10⁵ and 10⁶, or the comma-separated list in MM_BDN_SIZES.</summary>
    [ParamsSource(nameof(SizesToRun))]
    public int Size { get; set; }

    public static IEnumerable<int> SizesToRun() =>
        Environment.GetEnvironmentVariable("MM_BDN_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(CompareCommand.ParseSize)
            : InstanceGenerator.Sizes;

    protected abstract string Family { get; }

    [GlobalSetup]
    public void Setup()
    {
        _instance = InstanceGenerator.Create(Family, Size, seed: 1);
        _flows = new long[_instance.ArcCount];
        _reused = new NetworkSimplex();
        _instance.SolveManaged(_reused, _flows);
    }

    [Benchmark(Baseline = true)]
    public long OrTools() => _instance.SolveOrTools(_flows).Cost;

    [Benchmark]
    public NetworkSimplexStatus ManagedFresh() => _instance.SolveManaged(new NetworkSimplex(), _flows);

    [Benchmark]
    public NetworkSimplexStatus ManagedReuse() => _instance.SolveManaged(_reused, _flows);
}

public class TSparse : FamilyBenchmarks
{
    protected override string Family => "T-sparse";
}

public class TDense : FamilyBenchmarks
{
    protected override string Family => "T-dense";
}

public class TSkew : FamilyBenchmarks
{
    protected override string Family => "T-skew";
}

public class TCountry : FamilyBenchmarks
{
    protected override string Family => "T-country";
}
