using Microsoft.DotNet.Interactive.Formatting;

namespace Notebooks.Kernel.Display;

/// <summary>What the dotnet-interactive tool sets for a browser front end (Polyglot, Jupyter): values as HTML, strings as plain text.</summary>
/// <remarks>Formatting's settings belong to the process, so both engines apply the same ones, once, and a worker hosting both formats alike.</remarks>
internal static class FormattingDefaults
{
    private static readonly Lazy<bool> Applied = new(Apply, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Applies the defaults unless this process already has.</summary>
    public static void EnsureApplied() => _ = Applied.Value;

    private static bool Apply()
    {
        Formatter.DefaultMimeType = HtmlFormatter.MimeType;
        Formatter.SetPreferredMimeTypesFor(typeof(string), PlainTextFormatter.MimeType);
        return true;
    }
}
