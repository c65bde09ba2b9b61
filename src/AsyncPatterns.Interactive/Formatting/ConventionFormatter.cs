namespace AsyncPatterns.Interactive.Formatting;

/// <summary>A formatter object as the convention wants it: <c>MimeType</c>, <c>Type</c> and <c>Format(object, TextWriter)</c>.</summary>
/// <typeparam name="T">The type it formats.</typeparam>
internal sealed class ConventionFormatter<T>(string mimeType, Func<T, string> render)
{
    /// <summary>The MIME type written.</summary>
    public string MimeType { get; } = mimeType;

    /// <summary>The type formatted.</summary>
    public Type Type => typeof(T);

    /// <summary>Writes <paramref name="instance"/>; false when it is not a <typeparamref name="T"/>.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (instance is not T value)
        {
            return false;
        }

        writer.Write(render(value));
        return true;
    }
}
