using MineralsMatch.Cli;
using MineralsMatch.Cli.Terminal;

return await new CliApplication(Console.Out, Console.Error, CliTerminal.Detect()).RunAsync(args).ConfigureAwait(false);
