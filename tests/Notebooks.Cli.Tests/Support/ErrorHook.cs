namespace Notebooks.Cli.Tests.Support;

/// <summary>
/// A script put first in a copy of a page, so console.error, console.warn of errors and uncaught errors show in Chromium's log
/// with a marker (its log line does not say a message's level).
/// </summary>
internal static class ErrorHook
{
    /// <summary>What the hook puts before each error it logs.</summary>
    public const string Marker = "SITE-CHECK-ERROR";

    /// <summary>What the hook logs once it is in place, so a log without errors is known to have been watched.</summary>
    public const string Ready = "SITE-CHECK-READY";

    private const string Script = $$"""
        <script>
        (function () {
            var log = console.log.bind(console);
            var error = console.error.bind(console);
            console.error = function () { log('{{Marker}} console.error: ' + Array.prototype.join.call(arguments, ' ')); error.apply(null, arguments); };
            window.addEventListener('error', function (e) { log('{{Marker}} ' + (e.message || ('failed to load ' + (e.target && (e.target.src || e.target.href))))); }, true);
            window.addEventListener('unhandledrejection', function (e) { log('{{Marker}} unhandled rejection: ' + e.reason); });
            log('{{Ready}}');
        })();
        </script>
        """;

    /// <summary>Writes a copy of <paramref name="page"/> beside it with the hook first in its head; returns the copy's path.</summary>
    public static string Instrument(string page)
    {
        var html = File.ReadAllText(page);
        var head = html.IndexOf("<head>", StringComparison.Ordinal);
        Assert.True(head >= 0, $"{page} has no <head>");
        var copy = Path.Combine(Path.GetDirectoryName(page)!, Path.GetFileNameWithoutExtension(page) + ".checked.html");
        File.WriteAllText(copy, html.Insert(head + "<head>".Length, "\n" + Script));
        return copy;
    }
}
