using System.Diagnostics.Tracing;

namespace MineralsMatch.Benchmarks;

/// <summary>
/// The runtime's allocation samples (one event per ~100 KB allocated, with the type that crossed the mark), summed per stage and
/// type: which arrays a stage allocates, for `engine` under `MM_ALLOC_TICKS=1`. Large-object allocations are marked "(LOH)".
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int AllocationTick = 10;
    private readonly Dictionary<(string Stage, string Type), long> _bytes = [];
    private readonly Lock _gate = new();

    /// <summary>The stage the samples are counted to from now on.</summary>
    public string Stage { get; set; } = "start";

    /// <summary>Each stage's five largest types by sampled bytes, with their bytes.</summary>
    public IEnumerable<string> Report()
    {
        lock (_gate)
        {
            return [.. _bytes.GroupBy(e => e.Key.Stage).Select(g =>
                $"  {g.Key}: " + string.Join(", ", g.OrderByDescending(e => e.Value).Take(6).Select(e => $"{e.Key.Type} {e.Value / 1048576.0:F1} MB")))];
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        if (data.EventId != AllocationTick || data.Payload is null || data.PayloadNames is null)
        {
            return;
        }

        var amount = Convert.ToInt64(data.Payload[data.PayloadNames.IndexOf("AllocationAmount64")]);
        var type = data.Payload[data.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var large = Convert.ToInt32(data.Payload[data.PayloadNames.IndexOf("AllocationKind")]) == 1 ? " (LOH)" : "";
        lock (_gate)
        {
            var key = (Stage, type + large);
            _bytes[key] = _bytes.GetValueOrDefault(key) + amount;
        }
    }
}
