namespace AsyncPatterns.Interactive.Formatting;

/// <summary>Names the formatters of a type by the .NET Interactive convention, so it renders richly there and in the Notebooks kernel without referencing either.</summary>
/// <param name="formatterSourceType">A type with a parameterless constructor and <c>IEnumerable CreateTypeFormatters()</c>.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The type that creates the formatters.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The MIME types shown by default, in order.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
