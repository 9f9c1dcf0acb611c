namespace MineralsMatch.Cli.Progress;

/// <summary>A one-line "label done/total" counter on standard error, redrawn in place; silent unless standard error is a terminal.</summary>
internal sealed class CountProgress : IProgress<(int Done, int Total)>, IDisposable
{
    private readonly TextWriter? _error;
    private readonly string _label;
    private readonly Lock _gate = new();
    private int _width;

    public CountProgress(TextWriter error, bool isTerminal, string label)
    {
        _error = isTerminal ? error : null;
        _label = label;
    }

    public void Report((int Done, int Total) value)
    {
        if (_error is null)
        {
            return;
        }

        lock (_gate)
        {
            var filled = value.Total == 0 ? 0 : value.Done * 20 / value.Total;
            var line = $"\r{_label} [{new string('#', filled)}{new string('.', 20 - filled)}] {value.Done}/{value.Total}";
            _width = Math.Max(_width, line.Length);
            _error.Write(line);
            _error.Flush();
        }
    }

    public void Dispose()
    {
        if (_error is null || _width == 0)
        {
            return;
        }

        lock (_gate)
        {
            _error.Write("\r" + new string(' ', _width) + "\r");
            _error.Flush();
        }
    }
}
