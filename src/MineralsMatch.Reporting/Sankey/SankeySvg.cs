using MineralsMatch.Reporting.Html;
using static MineralsMatch.Formatting.ReadableNumbers;
using static MineralsMatch.Reporting.Formatting.ReportNumbers;

namespace MineralsMatch.Reporting.Sankey;

/// <summary>Draws a laid-out <see cref="SankeyGraph"/> as inline SVG: one <c>path.link</c> per flow, a box and two label lines per node.</summary>
internal static class SankeySvg
{
    private const int MaxLabel = 32;

    /// <summary>Writes the diagram, or a note when nothing flows.</summary>
    public static void Write(SankeyGraph graph, TextWriter writer)
    {
        if (graph.Links.Count == 0)
        {
            writer.Write("<p class=\"note\" id=\"sankey-empty\">No contract is proposed, so nothing flows.</p>\n");
            return;
        }

        var height = SankeyLayout.Apply(graph, out _);
        var w = Svg(SankeyLayout.Width);
        var h = Svg(height);
        writer.Write($"<svg id=\"sankey\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"sankey-title\">\n");
        writer.Write("<title id=\"sankey-title\">Annual traded value from producers through routes to buyers</title>\n");
        WriteHeadings(writer);
        writer.Write("<g class=\"links\">\n");
        foreach (var link in graph.Links)
        {
            WriteLink(link, writer);
        }

        writer.Write("</g>\n<g class=\"nodes\">\n");
        foreach (var node in graph.Nodes)
        {
            WriteNode(node, writer);
        }

        writer.Write("</g>\n</svg>\n");
    }

    private static void WriteHeadings(TextWriter writer)
    {
        var y = Svg(SankeyLayout.Top - 18);
        writer.Write($"<text class=\"heading\" x=\"{Svg(SankeyLayout.LabelMargin + SankeyLayout.NodeWidth)}\" y=\"{y}\" text-anchor=\"end\">Producers</text>\n");
        writer.Write($"<text class=\"heading\" x=\"{Svg(SankeyLayout.Width / 2)}\" y=\"{y}\" text-anchor=\"middle\">Routes</text>\n");
        writer.Write($"<text class=\"heading\" x=\"{Svg(SankeyLayout.Width - SankeyLayout.LabelMargin - SankeyLayout.NodeWidth)}\" y=\"{y}\" text-anchor=\"start\">Buyers</text>\n");
    }

    private static void WriteLink(SankeyLink link, TextWriter writer)
    {
        var x0 = link.Source.X + SankeyLayout.NodeWidth;
        var x1 = link.Target.X;
        var xm = (x0 + x1) / 2;
        var d = $"M{Svg(x0)},{Svg(link.SourceY)} C{Svg(xm)},{Svg(link.SourceY)} {Svg(xm)},{Svg(link.TargetY)} {Svg(x1)},{Svg(link.TargetY)}";
        var stroke = Math.Max(link.Width, SankeyLayout.MinLinkWidth);
        writer.Write($"<path class=\"{(link.Lost ? "link lost" : "link")}\" d=\"{d}\" stroke=\"{link.Color}\" stroke-width=\"{Svg(stroke)}\" data-value=\"{Exact(Math.Round(link.Value, 2))}\" data-source=\"{HtmlText.Escape(link.Source.Id)}\" data-target=\"{HtmlText.Escape(link.Target.Id)}\">");
        writer.Write($"<title>{HtmlText.Escape(Tooltip(link))}</title></path>\n");
    }

    private static string Tooltip(SankeyLink link)
    {
        var fromProducer = link.Source.Column == SankeyColumn.Producer;
        var route = fromProducer ? link.Target.Id : link.Source.Id;
        var volumes = string.Join(" + ", link.Volumes.Select(kv => Quantity(Minerals.Quantity.Of(kv.Value, kv.Key))));
        return string.Join('\n',
            (link.Lost ? "Lost: " : string.Empty) + $"{link.Source.Id} → {link.Target.Id}",
            $"Supplier: {string.Join(", ", link.BySupplier.Keys)}",
            $"Route: {route}",
            $"Buyer: {string.Join(", ", link.Buyers)}",
            $"Value: {Usd(link.Value)}/yr at base price",
            $"Volume: {volumes}/yr");
    }

    private static void WriteNode(SankeyNode node, TextWriter writer)
    {
        var kind = node.Column.ToString().ToLowerInvariant();
        writer.Write($"<g class=\"node {kind}\"><rect x=\"{Svg(node.X)}\" y=\"{Svg(node.Y)}\" width=\"{Svg(SankeyLayout.NodeWidth)}\" height=\"{Svg(node.Height)}\" rx=\"2\" fill=\"{node.Color}\">");
        writer.Write($"<title>{HtmlText.Escape($"{node.Id}\n{Usd(node.Value)}/yr")}</title></rect>");

        var left = node.Column == SankeyColumn.Producer;
        var x = left ? node.X - 8 : node.X + SankeyLayout.NodeWidth + 8;
        var anchor = left ? "end" : "start";
        var halo = node.Column == SankeyColumn.Route ? " halo" : string.Empty;
        var middle = node.SlotTop + (node.SlotHeight / 2);
        writer.Write($"<text class=\"label{halo}\" x=\"{Svg(x)}\" y=\"{Svg(middle - 2)}\" text-anchor=\"{anchor}\">{HtmlText.Escape(HtmlText.Shorten(node.Id, MaxLabel))}</text>");
        writer.Write($"<text class=\"sub{halo}\" x=\"{Svg(x)}\" y=\"{Svg(middle + 12)}\" text-anchor=\"{anchor}\">{HtmlText.Escape(Usd(node.Value))}/yr</text></g>\n");
    }
}
