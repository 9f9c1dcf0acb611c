namespace MineralsMatch.Reporting.Sankey;

/// <summary>Places the nodes and links of a <see cref="SankeyGraph"/> in three columns; heights and widths are proportional to value.</summary>
/// <remarks>
/// Within a column nodes are stacked largest first (ties by id), each in a slot tall enough for its two-line label,
/// and the column is centred vertically. A link leaves its source below the links to targets higher up, so bands
/// cross as little as this simple order allows. Everything is computed from sorted input: no randomness, no iteration.
/// </remarks>
internal static class SankeyLayout
{
    /// <summary>The width of the drawing.</summary>
    public const double Width = 1200;

    /// <summary>The width of a node bar.</summary>
    public const double NodeWidth = 16;

    /// <summary>The room for labels left of the producers and right of the buyers.</summary>
    public const double LabelMargin = 240;

    /// <summary>The room above the nodes for the column headings.</summary>
    public const double Top = 40;

    /// <summary>The height the largest column's values are scaled to, before label slots and gaps.</summary>
    public const double PlotHeight = 420;

    /// <summary>The least vertical room a node takes, so two label lines never overlap the next node's.</summary>
    public const double MinSlot = 36;

    /// <summary>The gap between slots.</summary>
    public const double Gap = 12;

    /// <summary>The least visible width of a link (links are drawn at least this wide even when their value is tiny).</summary>
    public const double MinLinkWidth = 1;

    private const double MinNodeHeight = 2;
    private const double Bottom = 12;

    private static readonly string[] Palette =
    [
        "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
    ];

    /// <summary>Lays the graph out and returns the drawing's height; the scale in pixels per USD is returned through <paramref name="scale"/>.</summary>
    public static double Apply(SankeyGraph graph, out double scale)
    {
        var total = (double)graph.Total;
        scale = total > 0 ? PlotHeight / total : 0;
        var columns = new[] { SankeyColumn.Producer, SankeyColumn.Route, SankeyColumn.Buyer }
            .Select(c => graph.Column(c).OrderByDescending(n => n.Value).ThenBy(n => n.Id, StringComparer.Ordinal).ToList())
            .ToList();

        foreach (var node in graph.Nodes)
        {
            node.Height = Math.Max((double)node.Value * scale, MinNodeHeight);
            node.SlotHeight = Math.Max(node.Height, MinSlot);
        }

        var tallest = columns.Max(ColumnHeight);
        for (var c = 0; c < columns.Count; c++)
        {
            var x = c switch
            {
                0 => LabelMargin,
                1 => (Width - NodeWidth) / 2,
                _ => Width - LabelMargin - NodeWidth,
            };
            var y = Top + ((tallest - ColumnHeight(columns[c])) / 2);
            for (var i = 0; i < columns[c].Count; i++)
            {
                var node = columns[c][i];
                node.X = x;
                node.SlotTop = y;
                node.Y = y + ((node.SlotHeight - node.Height) / 2);
                node.Color = c switch
                {
                    0 => Palette[i % Palette.Length],
                    1 => "#6b7280",
                    _ => "#334155",
                };
                y += node.SlotHeight + Gap;
            }
        }

        PlaceLinks(graph, scale);
        return Top + tallest + Bottom;
    }

    private static double ColumnHeight(List<SankeyNode> column) =>
        column.Count == 0 ? 0 : column.Sum(n => n.SlotHeight) + (Gap * (column.Count - 1));

    private static void PlaceLinks(SankeyGraph graph, double scale)
    {
        var producerColor = graph.Column(SankeyColumn.Producer).ToDictionary(n => n.Id, n => n.Color, StringComparer.Ordinal);
        foreach (var link in graph.Links)
        {
            link.Width = (double)link.Value * scale;
            link.Color = producerColor[link.MainSupplier];
        }

        foreach (var node in graph.Nodes)
        {
            var outgoing = graph.Links.Where(l => l.Source == node)
                .OrderBy(l => l.Target.Y).ThenBy(l => l.Target.Id, StringComparer.Ordinal);
            Stack(node, outgoing, static (l, y) => l.SourceY = y);
            var incoming = graph.Links.Where(l => l.Target == node)
                .OrderBy(l => l.Source.Y).ThenBy(l => l.Source.Id, StringComparer.Ordinal);
            Stack(node, incoming, static (l, y) => l.TargetY = y);
        }
    }

    private static void Stack(SankeyNode node, IEnumerable<SankeyLink> links, Action<SankeyLink, double> place)
    {
        var cursor = node.Y;
        foreach (var link in links)
        {
            place(link, cursor + (link.Width / 2));
            cursor += link.Width;
        }
    }
}
