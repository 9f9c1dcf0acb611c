namespace MineralsMatch.Examples.Tests;

public sealed class ExampleRunnerTests
{
    private static readonly string[] Names = ["gallium", "manganese-sulfate", "portfolio", "new-mineral", "custom-rule", "disruption"];

    [Test]
    public void The_program_without_arguments_lists_all_six_examples_and_exits_0()
    {
        var entryPoint = typeof(ExampleRunner).Assembly.EntryPoint!;
        var original = Console.Out;
        using var output = new StringWriter();
        int code;
        try
        {
            Console.SetOut(output);
            code = (int)entryPoint.Invoke(null, [Array.Empty<string>()])!;
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.That(code, Is.Zero);
        foreach (var name in Names)
        {
            Assert.That(output.ToString(), Does.Contain($"  {name}  "), name);
        }
    }

    [Test]
    public void Every_example_is_listed_once_with_a_description()
    {
        Assert.That(ExampleList.All.Select(e => e.Name), Is.EqualTo(Names));
        Assert.That(ExampleList.All.Select(e => e.Description), Has.All.Not.Empty);
    }

    [Test]
    public void An_unknown_name_prints_a_message_and_the_list_and_exits_1()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = ExampleRunner.Run(["tungsten"], output, error);

        Assert.That(code, Is.EqualTo(1));
        Assert.That(output.ToString(), Is.Empty);
        Assert.That(error.ToString(), Does.StartWith("Unknown example 'tungsten'."));
        Assert.That(error.ToString(), Does.Contain("  disruption  "));
    }

    [Test]
    public void A_name_runs_that_example()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = ExampleRunner.Run(["Manganese-Sulfate"], output, error);

        Assert.That(code, Is.Zero);
        Assert.That(error.ToString(), Is.Empty);
        Assert.That(output.ToString(), Does.Contain("Contained manganese"));
    }
}
