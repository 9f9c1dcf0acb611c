namespace MineralsMatch;

/// <summary>The stable codes of the rules, as reported in <see cref="InputError.Rule"/>.</summary>
public static class RuleCodes
{
    /// <summary>A required value is missing or null.</summary>
    public const string Required = "Required";

    /// <summary>A text value is empty or too long.</summary>
    public const string Text = "Text";

    /// <summary>A text holds a control character (NUL, ESC, BEL, CR, ...; line feeds and tabs are allowed only in notes and descriptions).</summary>
    public const string ControlCharacter = "ControlCharacter";

    /// <summary>An id is not a lowercase slug.</summary>
    public const string Slug = "Slug";

    /// <summary>A country is not an ISO 3166-1 alpha-2 code.</summary>
    public const string CountryCode = "CountryCode";

    /// <summary>A code (HS, CAS, URL) has the wrong shape.</summary>
    public const string Format = "Format";

    /// <summary>A number must be greater than a bound.</summary>
    public const string GreaterThan = "GreaterThan";

    /// <summary>A number is outside its range.</summary>
    public const string Range = "Range";

    /// <summary>An enumerated value is not one of the allowed names.</summary>
    public const string UnknownValue = "UnknownValue";

    /// <summary>An id is used twice in one collection.</summary>
    public const string Duplicate = "Duplicate";

    /// <summary>A reference names something that does not exist.</summary>
    public const string UnknownReference = "UnknownReference";

    /// <summary>A referenced party lacks the role the reference needs.</summary>
    public const string Role = "Role";

    /// <summary>Two values contradict each other (min above max, a leg that does not start where the previous ended).</summary>
    public const string Inconsistent = "Inconsistent";

    /// <summary>A collection holds too many items.</summary>
    public const string TooMany = "TooMany";

    /// <summary>A JSON key that the format does not know.</summary>
    public const string UnknownKey = "UnknownKey";

    /// <summary>A JSON key given twice in one object.</summary>
    public const string DuplicateKey = "DuplicateKey";

    /// <summary>A JSON value of the wrong kind (a string where a number is expected).</summary>
    public const string Type = "Type";

    /// <summary>The text is not well-formed JSON.</summary>
    public const string Syntax = "Syntax";

    /// <summary>The file is larger than the size cap, nested too deep, or unreadable.</summary>
    public const string Limit = "Limit";

    /// <summary>The file cannot be read.</summary>
    public const string Unreadable = "Unreadable";

    /// <summary>The file's schema version is not supported.</summary>
    public const string SchemaVersion = "SchemaVersion";
}
