using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using MineralsMatch.Minerals;

namespace MineralsMatch.Scenarios;

/// <summary>
/// Gives the domain the catalog file reader it needs for <see cref="MineralCatalog.Default"/> without the domain pointing up
/// at the file format (docs/architecture.md, "Layers"): the format registers <see cref="CatalogFile.Read(Stream, string, IMineralCatalog?)"/> when the assembly loads.
/// </summary>
internal static class CatalogFormatRegistration
{
    /// <summary>Registers the reader. It only stores a delegate: no I/O, no parsing, nothing else runs at load.</summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "Stores one delegate so the domain layer need not reference the file format; no work is done at load.")]
    internal static void Register() => MineralCatalog.FileReader = static (stream, fileName) => CatalogFile.Read(stream, fileName);
}
