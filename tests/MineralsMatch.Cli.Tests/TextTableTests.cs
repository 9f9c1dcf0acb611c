using MineralsMatch.Cli.Rendering;

namespace MineralsMatch.Cli.Tests;

/// <summary>
/// Tables above <see cref="TextTable.SpectreCharacters"/> characters of cell text are written directly (in time proportional to
/// their text) with Spectre.Console's rounded border, padding and alignment; smaller ones are still laid out by Spectre.Console.
/// </summary>
public class TextTableTests
{
    private static TextTable Table(int rows, string reason)
    {
        var table = new TextTable().Column("Offer").Column("Unsold", right: true, noWrap: true).Column("Reasons");
        for (var r = 0; r < rows; r++)
        {
            table.Row($"o{r}", $"{r * 10} kg", r % 2 == 0 ? reason : $"{reason}\nsecond line of o{r}");
        }

        return table;
    }

    private static string Written(TextTable table, int width)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        table.Write(HumanConsole.Create(writer, color: false, interactive: false, width));
        return writer.ToString();
    }

    [Test]
    public void A_large_table_is_written_directly_aligned_and_unwrapped()
    {
        var reason = new string('x', 120);
        var table = Table(1000, reason);

        var lines = Written(table, width: 80).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(1000 + 500 + 4), "a line per row, one more per second reason line, three rules and the header");
            Assert.That(lines.Select(l => l.Length).Distinct(), Has.Exactly(1).Items, "every line as wide as the others");
            Assert.That(lines[0], Does.StartWith("╭───────┬─────────┬")); // "Offer" (5) and "9990 kg" (7), each with a space either side
            Assert.That(lines[1], Is.EqualTo($"│ Offer │  Unsold │ Reasons{new string(' ', reason.Length - "Reasons".Length)} │"));
            Assert.That(lines[2], Does.StartWith("├───────┼─────────┼").And.EndWith("┤"));
            Assert.That(lines[3], Is.EqualTo($"│ o0    │    0 kg │ {reason} │"));
            Assert.That(lines[5], Is.EqualTo($"│       │         │ second line of o1{new string(' ', reason.Length - "second line of o1".Length)} │"));
            Assert.That(lines[^1], Does.StartWith("╰───────┴─────────┴").And.EndWith("╯"));
        });
    }

    [Test]
    public void A_small_table_is_laid_out_by_spectre_console()
    {
        var table = Table(3, "sold out");
        using var expected = new StringWriter { NewLine = "\n" };
        HumanConsole.Create(expected, color: false, interactive: false, 80).Write(table.ToSpectre());

        Assert.That(Written(table, 80), Is.EqualTo(expected.ToString()));
    }

    [Test]
    public void A_large_table_written_directly_matches_spectre_console_where_spectre_does_not_wrap()
    {
        var table = Table(700, "capacity taken by pairings that create more value");
        using var spectre = new StringWriter { NewLine = "\n" };
        HumanConsole.Create(spectre, color: false, interactive: false, 400).Write(table.ToSpectre());

        Assert.That(Written(table, 400), Is.EqualTo(spectre.ToString()));
    }
}
