using MineralsMatch.Examples;

return ExampleRunner.Run(args, Console.Out, Console.Error);
