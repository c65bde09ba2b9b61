namespace Notebooks.Kernel.Display;

/// <summary>Text to display under a MIME type of the caller's choosing (for example raw <c>text/html</c>).</summary>
/// <param name="Text">The content.</param>
/// <param name="MimeType">The MIME type it is shown as.</param>
public sealed record DisplayAs(string Text, string MimeType);
