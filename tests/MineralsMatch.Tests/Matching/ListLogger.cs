using Microsoft.Extensions.Logging;

namespace MineralsMatch.Tests.Matching;

/// <summary>A logger that keeps every entry it is enabled for, to assert on.</summary>
internal sealed class ListLogger<T>(LogLevel minimum = LogLevel.Trace) : ILogger<T>
{
    private readonly Lock _gate = new();
    private readonly List<LogEntry> _entries = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        lock (_gate)
        {
            _entries.Add(new LogEntry(logLevel, eventId.Id, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value)));
        }
    }
}

/// <summary>One log entry: level, event id, message and the message's named values.</summary>
internal sealed record LogEntry(LogLevel Level, int EventId, string Message, IReadOnlyDictionary<string, object?> Values);
