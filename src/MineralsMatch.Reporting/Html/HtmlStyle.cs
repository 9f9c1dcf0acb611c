namespace MineralsMatch.Reporting.Html;

/// <summary>The report's only style sheet, inlined and allowed by its hash in the Content-Security-Policy.</summary>
internal static class HtmlStyle
{
    /// <summary>The CSS text, exactly as written into the <c>style</c> element.</summary>
    public const string Css = """

:root { color-scheme: light; --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --panel: #f8fafc; --accent: #1d4ed8; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; font-size: 15px; line-height: 1.5; color: var(--ink); background: #fff; }
main { max-width: 1240px; margin: 0 auto; padding: 28px 24px 48px; }
header h1 { font-size: 28px; margin: 0 0 4px; letter-spacing: -0.01em; }
header p { margin: 0; color: var(--muted); }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
p.note { color: var(--muted); margin: 4px 0 12px; font-size: 14px; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; margin-top: 24px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
.card .label { font-size: 13px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
.card .value { font-size: 24px; font-weight: 650; margin-top: 2px; font-variant-numeric: tabular-nums; }
#kpi-plan .value { font-size: 20px; padding-top: 4px; }
.card .sub { font-size: 13px; color: var(--muted); }
svg { display: block; max-width: 100%; height: auto; font-family: inherit; }
svg text { fill: var(--ink); font-size: 12px; }
svg text.sub, svg text.pct-note { fill: var(--muted); font-size: 11px; }
svg text.heading { font-size: 13px; font-weight: 600; fill: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; }
svg text.label { font-weight: 600; }
svg text.halo { paint-order: stroke; stroke: #fff; stroke-width: 4px; stroke-linejoin: round; }
svg text.tick { fill: var(--muted); font-size: 11px; font-variant-numeric: tabular-nums; }
.year-charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 16px 24px; margin-bottom: 16px; }
h3 { font-size: 16px; margin: 24px 0 8px; }
svg text.badge { font-size: 10px; font-weight: 600; fill: #1e3a8a; }
svg path.link { fill: none; stroke-opacity: 0.42; }
svg path.link:hover { stroke-opacity: 0.75; }
svg path.link.lost { stroke: #c53030; stroke-dasharray: 6 4; stroke-opacity: 0.55; }
svg rect.before { fill: #a0aec0; }
svg rect.after { fill: #2b6cb0; }
svg rect.bin { fill: #805ad5; }
td.loss { color: #c53030; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { padding: 6px 7px; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); }
th { background: var(--panel); font-weight: 600; }
td[title] { text-decoration: underline dotted; cursor: help; }
tbody tr:nth-child(even) { background: #fbfcfe; }
tbody tr:last-child td { border-bottom: none; }
th.num { text-align: right; }
td.num { text-align: right; white-space: pre; font-variant-numeric: tabular-nums; }
td.lines { white-space: pre-line; min-width: 320px; }
td.id { white-space: pre; }
footer { margin-top: 40px; color: var(--muted); font-size: 13px; }

""";
}
