using System.Globalization;

namespace MineralsMatch.Optimization;

/// <summary>Reads a min-cost-flow problem in the DIMACS <c>min</c> format into a <see cref="NetworkSimplex"/>.</summary>
/// <remarks>
/// <para>
/// The format has one record per line: <c>c</c> comments, one <c>p min NODES ARCS</c> problem
/// line before any other record, <c>n ID SUPPLY</c> node lines and
/// <c>a TAIL HEAD LOW CAP COST</c> arc lines. Node ids in the file are 1-based; node <c>k</c>
/// becomes solver node <c>k - 1</c> and arcs keep the order of the file, so arc <c>i</c> of the
/// file is solver arc <c>i</c> (counting from zero). Blank lines are skipped.
/// </para>
/// <para>
/// Lower bounds other than zero are rejected: the solver has none. Every error is a
/// <see cref="FormatException"/> whose message starts with the line number.
/// </para>
/// </remarks>
internal static class DimacsMinCostFlowReader
{
    /// <summary>Reads a DIMACS file into an empty solver.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="flow">The solver to fill; it must have no arcs and no nodes.</param>
    /// <returns>The node and arc counts read.</returns>
    /// <exception cref="FormatException">The file is not a valid DIMACS min-cost-flow problem.</exception>
    /// <exception cref="ArgumentException"><paramref name="flow"/> already holds a problem.</exception>
    public static DimacsMinCostFlowSummary ReadFile(string path, NetworkSimplex flow)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader, flow);
    }

    /// <summary>Reads DIMACS text into an empty solver.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="flow">The solver to fill; it must have no arcs and no nodes.</param>
    /// <returns>The node and arc counts read.</returns>
    /// <exception cref="FormatException">The text is not a valid DIMACS min-cost-flow problem.</exception>
    /// <exception cref="ArgumentException"><paramref name="flow"/> already holds a problem.</exception>
    public static DimacsMinCostFlowSummary Read(TextReader reader, NetworkSimplex flow)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(flow);
        if (flow.NodeCount != 0 || flow.ArcCount != 0)
        {
            throw new ArgumentException("The solver must be empty; call Clear() first.", nameof(flow));
        }

        int nodes = -1;
        int declaredArcs = 0;
        int arcs = 0;
        int lineNumber = 0;
        Span<Range> fields = stackalloc Range[7];
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            ReadOnlySpan<char> text = line.AsSpan().Trim();
            if (text.IsEmpty || text[0] == 'c')
            {
                continue;
            }

            int count = text.SplitAny(fields, " \t", StringSplitOptions.RemoveEmptyEntries);
            ReadOnlySpan<char> kind = text[fields[0]];
            if (kind.SequenceEqual("p"))
            {
                if (nodes >= 0)
                {
                    throw Error(lineNumber, "a second problem line");
                }

                ExpectFields(lineNumber, count, 4, "p min NODES ARCS");
                if (!text[fields[1]].SequenceEqual("min"))
                {
                    throw Error(lineNumber, $"problem type '{text[fields[1]]}' is not 'min'");
                }

                nodes = ParseInt(text[fields[2]], lineNumber, "node count");
                declaredArcs = ParseInt(text[fields[3]], lineNumber, "arc count");
                if (nodes > 0)
                {
                    flow.SetSupply(nodes - 1, 0);
                }

                continue;
            }

            if (nodes < 0)
            {
                throw Error(lineNumber, "a record before the 'p min' problem line");
            }

            if (kind.SequenceEqual("n"))
            {
                ExpectFields(lineNumber, count, 3, "n ID SUPPLY");
                int node = ParseNode(text[fields[1]], nodes, lineNumber);
                flow.SetSupply(node, ParseLong(text[fields[2]], lineNumber, "supply"));
            }
            else if (kind.SequenceEqual("a"))
            {
                ExpectFields(lineNumber, count, 6, "a TAIL HEAD LOW CAP COST");
                if (arcs == declaredArcs)
                {
                    throw Error(lineNumber, $"more arcs than the {declaredArcs} declared");
                }

                int tail = ParseNode(text[fields[1]], nodes, lineNumber);
                int head = ParseNode(text[fields[2]], nodes, lineNumber);
                long low = ParseLong(text[fields[3]], lineNumber, "lower bound");
                if (low != 0)
                {
                    throw Error(lineNumber, $"lower bound {low} is not supported (only 0)");
                }

                long capacity = ParseLong(text[fields[4]], lineNumber, "capacity");
                if (capacity < 0)
                {
                    throw Error(lineNumber, $"capacity {capacity} is negative");
                }

                flow.AddArc(tail, head, capacity, ParseLong(text[fields[5]], lineNumber, "cost"));
                arcs++;
            }
            else
            {
                throw Error(lineNumber, $"unknown record '{kind}' (expected c, p, n or a)");
            }
        }

        if (nodes < 0)
        {
            throw new FormatException("DIMACS: no 'p min' problem line.");
        }

        if (arcs != declaredArcs)
        {
            throw new FormatException($"DIMACS line {lineNumber}: {arcs} arcs read but {declaredArcs} declared.");
        }

        return new DimacsMinCostFlowSummary(nodes, arcs);
    }

    private static void ExpectFields(int lineNumber, int count, int expected, string shape)
    {
        if (count != expected)
        {
            throw Error(lineNumber, $"expected '{shape}' ({expected} fields) but found {count} fields");
        }
    }

    private static int ParseNode(ReadOnlySpan<char> text, int nodes, int lineNumber)
    {
        int id = ParseInt(text, lineNumber, "node id");
        if (id < 1 || id > nodes)
        {
            throw Error(lineNumber, $"node id {id} is outside 1..{nodes}");
        }

        return id - 1;
    }

    private static int ParseInt(ReadOnlySpan<char> text, int lineNumber, string what)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) || value < 0)
        {
            throw Error(lineNumber, $"{what} '{text}' is not a non-negative 32-bit integer");
        }

        return value;
    }

    private static long ParseLong(ReadOnlySpan<char> text, int lineNumber, string what)
    {
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            throw Error(lineNumber, $"{what} '{text}' is not a 64-bit integer");
        }

        return value;
    }

    private static FormatException Error(int lineNumber, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"DIMACS line {lineNumber}: {message}."));
}
