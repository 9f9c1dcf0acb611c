using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Examples.Scenarios;
using MineralsMatch.Minerals;
using MineralsMatch.OrTools;

namespace MineralsMatch.Examples.Examples;

/// <summary>Adds graphite through the builder and silicon through a catalog file, then matches a small market for them.</summary>
public sealed class NewMineralExample : IExample
{
    /// <inheritdoc />
    public string Name => "new-mineral";

    /// <inheritdoc />
    public string Description => "Add graphite through the builder and silicon through a JSON catalog file, then match a small market for them.";

    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var directory = Directory.CreateTempSubdirectory("mineralsmatch-example-");
        try
        {
            var catalogFile = SiliconCatalogFile.WriteTo(directory.FullName);
            using var services = new ServiceCollection()
                .AddMineralsMatch(builder => builder
                    .AddMineral(new Mineral
                    {
                        Id = "graphite",
                        Name = "Graphite",
                        Symbol = "C",
                        Group = MineralGroup.Battery,
                        Note = "Added by the new-mineral example through the builder.",
                    })
                    .AddProduct("graphite", new Product
                    {
                        Id = AnodeMaterialsMarket.Graphite,
                        Mineral = "graphite",
                        Name = "Flake graphite concentrate 94 % C",
                        Form = ProductForm.Concentrate,
                        PricingUnit = QuantityUnit.Tonne,
                        Content = 0.94m,
                        Citations = [new Citation { Source = "KZ-MIC-2025", Supports = "Sarytogan graphite among Kazakhstan's planned projects (example)", Inferred = true }],
                    })
                    .AddList(new CriticalityList
                    {
                        Id = "anode-materials",
                        Name = "Battery anode materials (example)",
                        Members = ["graphite", SiliconCatalogFile.Mineral],
                    })
                    .AddCatalogFile(catalogFile)
                    .UseOrTools(TimeSpan.FromSeconds(5)))
                .BuildServiceProvider();
            var catalog = services.GetRequiredService<IMineralCatalog>();
            var engine = services.GetRequiredService<IMatchingEngine>();

            output.WriteLine($"Catalog file written to {Path.GetFileName(catalogFile)} in a temporary directory and loaded with AddCatalogFile.");
            var added = new TextTable("Product", "Mineral", "Name", "Unit", ">Content", "Added by");
            foreach (var (id, by) in new[] { (AnodeMaterialsMarket.Graphite, "builder.AddMineral + AddProduct"), (SiliconCatalogFile.Product, "builder.AddCatalogFile") })
            {
                var product = catalog.FindProduct(id) ?? throw new InvalidOperationException($"The catalog has no product {id}.");
                added.Add(product.Id, product.Mineral, product.Name, product.PricingUnit.Symbol(), product.Content is { } c ? Assay.Of(c).ToString() : "-", by);
            }

            added.Write(output);
            output.WriteLine($"List anode-materials: {string.Join(", ", catalog.List("anode-materials").Select(m => m.Id))}; minerals produced in KZ now: {Numbers.Digits(catalog.ProducedIn("KZ").Count)}.");
            output.WriteLine();

            var result = engine.Match(AnodeMaterialsMarket.Create());
            output.WriteLine("Proposals:");
            ProposalTable.Write(result.Proposals, output);
            output.WriteLine();
            output.WriteLine("Unmet demand:");
            UnmetDemandReport.Write(result.Requirements, output);
            return 0;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
