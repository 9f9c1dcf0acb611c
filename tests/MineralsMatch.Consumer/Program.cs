using Microsoft.Extensions.DependencyInjection;
using MineralsMatch;
using MineralsMatch.Reporting;

// A short match through the installed packages: the embedded market, DI registration and an HTML report.
var engine = new ServiceCollection().AddMineralsMatch().BuildServiceProvider().GetRequiredService<IMatchingEngine>();
var result = engine.Match(MarketScenarios.JapanKazakhstan());
var html = HtmlReport.Render(result);
Console.WriteLine($"{result.Proposals.Count} proposals, {result.Kpis.MineralsFullyCovered} of {result.Kpis.MineralsDemanded} demanded minerals fully covered, report {html.Length} chars");
return result.Proposals.Count > 0 && html.Contains("<svg", StringComparison.Ordinal) ? 0 : 1;
