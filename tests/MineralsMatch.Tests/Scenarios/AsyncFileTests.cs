using MineralsMatch.Minerals;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Tests.Scenarios;

public sealed class AsyncFileTests
{
    private static readonly string Broken = TestFiles.Text("scenario.json")
        .Replace("\"amount\": 12000, \"unit\": \"kg\"", "\"amount\": -5, \"unit\": \"kg\"", StringComparison.Ordinal);

    [Test]
    public async Task A_scenario_loads_asynchronously_equal_to_the_synchronous_load()
    {
        var path = TestFiles.PathOf("scenario.json");

        var scenario = await ScenarioFile.LoadAsync(path, TestFiles.Catalog);

        Assert.That(scenario, Is.EqualTo(ScenarioFile.Load(path, TestFiles.Catalog)));
    }

    [Test]
    public async Task SaveAsync_writes_the_same_bytes_as_Save_and_loads_back_equal()
    {
        var scenario = ScenarioFile.Load(TestFiles.PathOf("scenario.json"), TestFiles.Catalog);
        var sync = TempPath();
        var async = TempPath();
        try
        {
            ScenarioFile.Save(scenario, sync);
            await ScenarioFile.SaveAsync(scenario, async);

            Assert.That(await File.ReadAllBytesAsync(async), Is.EqualTo(await File.ReadAllBytesAsync(sync)));
            Assert.That(await ScenarioFile.LoadAsync(async, TestFiles.Catalog), Is.EqualTo(scenario));
        }
        finally
        {
            File.Delete(sync);
            File.Delete(async);
        }
    }

    [Test]
    public async Task Errors_of_an_async_load_keep_file_line_and_column()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mm-{Guid.NewGuid():N}", "market.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, Broken);
        try
        {
            var expected = Assert.Throws<MineralsMatchValidationException>(() => ScenarioFile.Load(path, TestFiles.Catalog))!.Errors.Single();

            var error = (await Assert.ThrowsAsync<MineralsMatchValidationException>(() => ScenarioFile.LoadAsync(path, TestFiles.Catalog)))!.Errors.Single();

            Assert.That(error.ToString(), Is.EqualTo(expected.ToString()));
            Assert.That((error.File, error.Line), Is.EqualTo(("market.json", 45)));
            Assert.That(error.Column, Is.GreaterThan(0));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Test]
    public async Task Errors_of_an_async_stream_read_keep_the_given_file_name_and_the_line()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Broken));

        var error = (await Assert.ThrowsAsync<MineralsMatchValidationException>(() => ScenarioFile.ReadAsync(stream, "piped.json", TestFiles.Catalog)))!.Errors.Single();

        Assert.That(error.ToString(), Does.StartWith("piped.json:45:"));
    }

    [Test]
    public async Task A_missing_file_is_an_unreadable_error_naming_the_file()
    {
        var path = TempPath();

        var error = (await Assert.ThrowsAsync<MineralsMatchValidationException>(() => ScenarioFile.LoadAsync(path)))!.Errors.Single();

        Assert.That((error.File, error.Rule), Is.EqualTo((Path.GetFileName(path), "Unreadable")));
    }

    [Test]
    public async Task A_stream_over_16_MiB_is_refused_before_parsing()
    {
        using var stream = new MemoryStream(new byte[(16 * 1024 * 1024) + 1]);

        var error = (await Assert.ThrowsAsync<MineralsMatchValidationException>(() => CatalogFile.ReadAsync(stream, "huge.json")))!.Errors.Single();

        Assert.That((error.File, error.Rule), Is.EqualTo(("huge.json", "Limit")));
    }

    [Test]
    public async Task A_cancelled_token_cancels_loading_and_saving()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var path = TempPath();

        await Assert.CatchAsync<OperationCanceledException>(() => ScenarioFile.LoadAsync(TestFiles.PathOf("scenario.json"), TestFiles.Catalog, cancelled.Token));
        await Assert.CatchAsync<OperationCanceledException>(() => CatalogFile.LoadAsync(TestFiles.PathOf("catalog.json"), null, cancelled.Token));
        await Assert.CatchAsync<OperationCanceledException>(() => CatalogFile.SaveAsync(new CatalogContent(), path, cancelled.Token));
        Assert.That(File.Exists(path), Is.False);
    }

    [Test]
    public async Task A_catalog_round_trips_asynchronously()
    {
        var content = await CatalogFile.LoadAsync(TestFiles.PathOf("catalog.json"));
        var path = TempPath();
        try
        {
            await CatalogFile.SaveAsync(content, path);

            Assert.That(await File.ReadAllTextAsync(path), Is.EqualTo(CatalogFile.Write(content)));
            await using var stream = File.OpenRead(path);
            Assert.That(CatalogFile.Write(await CatalogFile.ReadAsync(stream, "catalog.json")), Is.EqualTo(CatalogFile.Write(content)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string TempPath() => Path.Combine(Path.GetTempPath(), $"mm-{Guid.NewGuid():N}.json");
}
