using System.Globalization;

namespace MineralsMatch.Optimization;

/// <summary>Writes the problem held by a <see cref="NetworkSimplex"/> in the DIMACS <c>min</c> format.</summary>
/// <remarks>
/// The output is what <see cref="DimacsMinCostFlowReader"/> reads back: node <c>v</c> is written
/// as id <c>v + 1</c>, arcs keep their order and have lower bound 0, and only nodes with a
/// non-zero supply get an <c>n</c> line. Numbers use the invariant culture.
/// </remarks>
internal static class DimacsMinCostFlowWriter
{
    /// <summary>Writes the problem to a file, replacing it.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="flow">The problem to write.</param>
    /// <param name="comment">An optional first comment line (without the leading <c>c</c>).</param>
    public static void WriteFile(string path, NetworkSimplex flow, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var writer = new StreamWriter(path);
        Write(writer, flow, comment);
    }

    /// <summary>Writes the problem as DIMACS text.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="flow">The problem to write.</param>
    /// <param name="comment">An optional first comment line (without the leading <c>c</c>).</param>
    public static void Write(TextWriter writer, NetworkSimplex flow, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(flow);
        writer.NewLine = "\n";
        if (!string.IsNullOrEmpty(comment))
        {
            writer.WriteLine($"c {comment.ReplaceLineEndings(" ")}");
        }

        CultureInfo invariant = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(invariant, $"p min {flow.NodeCount} {flow.ArcCount}"));
        for (int v = 0; v < flow.NodeCount; v++)
        {
            long supply = flow.Supply(v);
            if (supply != 0)
            {
                writer.WriteLine(string.Create(invariant, $"n {v + 1} {supply}"));
            }
        }

        for (int a = 0; a < flow.ArcCount; a++)
        {
            writer.WriteLine(string.Create(invariant, $"a {flow.Tail(a) + 1} {flow.Head(a) + 1} 0 {flow.Capacity(a)} {flow.UnitCost(a)}"));
        }
    }
}
