using System.Globalization;
using System.Text;

namespace MineralsMatch.Validation;

/// <summary>Reads a file, stream or string into UTF-8 bytes, refusing anything above the size cap before parsing.</summary>
internal static class DocumentInput
{
    /// <summary>The largest file accepted: 16 MiB.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The name errors show for <paramref name="path"/>: its file name, the folder name for <c>DIR/</c>, or the path itself.</summary>
    public static string DisplayName(string path)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        return name.Length > 0 ? name : path;
    }

    public static byte[] FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fileName = DocumentInput.DisplayName(path);
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxBytes)
            {
                throw TooLarge(fileName, info.Length);
            }

            using var stream = File.OpenRead(path);
            return FromStream(stream, fileName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            throw Unreadable(fileName, ex);
        }
    }

    public static async Task<byte[]> FromFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fileName = DocumentInput.DisplayName(path);
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxBytes)
            {
                throw TooLarge(fileName, info.Length);
            }

            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                return await FromStreamAsync(stream, fileName, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            throw Unreadable(fileName, ex);
        }
    }

    public static async Task<byte[]> FromStreamAsync(Stream utf8Json, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await utf8Json.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw TooLarge(fileName, null);
            }
        }

        return WithoutBom(buffer.ToArray());
    }

    public static byte[] FromStream(Stream utf8Json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw TooLarge(fileName, null);
            }
        }

        return WithoutBom(buffer.ToArray());
    }

    public static byte[] FromString(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var length = Encoding.UTF8.GetByteCount(json);
        if (length > MaxBytes)
        {
            throw TooLarge(fileName, length);
        }

        return WithoutBom(Encoding.UTF8.GetBytes(json));
    }

    private static byte[] WithoutBom(byte[] bytes) => bytes.AsSpan().StartsWith(Bom) ? bytes[Bom.Length..] : bytes;

    private static MineralsMatchValidationException Unreadable(string fileName, Exception ex) =>
        new([new InputError
        {
            File = fileName,
            Path = "$",
            Rule = RuleCodes.Unreadable,
            Message = "cannot be read: " + ex.Message,
        }]);

    private static MineralsMatchValidationException TooLarge(string fileName, long? length) =>
        new([new InputError
        {
            File = fileName,
            Path = "$",
            Rule = RuleCodes.Limit,
            Message = $"is larger than the {MaxBytes / (1024 * 1024)} MiB limit for a file",
            AttemptedValue = length?.ToString(CultureInfo.InvariantCulture) is { } bytes ? bytes + " bytes" : null,
        }]);
}
