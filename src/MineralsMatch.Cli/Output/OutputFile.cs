using System.Text;

namespace MineralsMatch.Cli.Output;

/// <summary>Writes command output to files: UTF-8 without a byte order mark, creating the parent folder.</summary>
internal static class OutputFile
{
    /// <summary>UTF-8 without a byte order mark.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, replacing it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="text">The content.</param>
    /// <param name="error">Why the file could not be written, when the method returns <see langword="false"/>.</param>
    /// <returns>Whether the file was written.</returns>
    public static bool TryWrite(string path, string text, out string? error) =>
        TryWrite(path, writer => writer.Write(text), out error);

    /// <summary>Writes to <paramref name="path"/> through a writer, replacing the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="error">Why the file could not be written, when the method returns <see langword="false"/>.</param>
    /// <returns>Whether the file was written.</returns>
    public static bool TryWrite(string path, Action<TextWriter> write, out string? error)
    {
        error = null;
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            using var writer = new StreamWriter(path, append: false, Utf8);
            writer.NewLine = "\n";
            write(writer);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error = $"cannot write '{path}': {ex.Message}";
            return false;
        }
    }
}
