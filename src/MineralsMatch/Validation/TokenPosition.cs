namespace MineralsMatch.Validation;

/// <summary>Where a token starts in a file (1-based line and UTF-8 byte column), and its raw text for scalars.</summary>
internal readonly record struct TokenPosition(long Line, long Column, string? Raw);
