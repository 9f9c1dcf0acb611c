using CsvHelper;

namespace MineralsMatch.Reporting.Tests;

/// <summary>A CSV file read back with CsvHelper's own reader: its header and its records as name → value maps.</summary>
internal sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    public static CsvTable Parse(string text)
    {
        using var reader = CsvReader.FromText(text, CsvReaderOptions.Default);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        IReadOnlyList<string> header = [];
        while (reader.Read())
        {
            header = [.. reader.Headers];
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[header[i]] = reader.GetString(i);
            }

            rows.Add(row);
        }

        return new CsvTable(header, rows);
    }

    public IReadOnlyList<string> Column(string name) => [.. Rows.Select(r => r[name])];
}
