namespace Notebooks.Kernel.Execution;

/// <summary>The shared-framework assemblies a cell sees without <c>#r</c>: those .NET Interactive's C# kernel gives its cells.</summary>
/// <remarks>
/// .NET Interactive references Roslyn's <c>ScriptOptions.Default</c> assemblies, System.Linq and its own three assemblies, and Roslyn
/// resolves what those reference in turn; this is the shared-framework part of that closure, as a cell's compilation lists it
/// (<c>ReferencedAssemblyNames</c>) in Microsoft.DotNet.Interactive.CSharp 1.0.0-beta.26120.1 and in the dotnet-interactive tool
/// 1.0.712001 on .NET 10. Others (System.Threading.RateLimiting, System.Net.Http.Json, ASP.NET Core) take <c>#r "Name"</c> in both.
/// Notebooks.Tests checks the list against the engine hosted there.
/// </remarks>
internal static class DefaultReferences
{
    /// <summary>The assemblies' names, in Microsoft.NETCore.App or Microsoft.AspNetCore.App.</summary>
    public static readonly IReadOnlyList<string> FrameworkAssemblies =
    [
        "Microsoft.AspNetCore.Html.Abstractions", "Microsoft.CSharp", "Microsoft.Win32.Primitives", "netstandard", "System.Collections",
        "System.Collections.Concurrent", "System.Collections.Immutable", "System.Collections.NonGeneric", "System.Collections.Specialized",
        "System.ComponentModel", "System.ComponentModel.EventBasedAsync", "System.ComponentModel.Primitives", "System.ComponentModel.TypeConverter",
        "System.Console", "System.Data.Common", "System.Data.DataSetExtensions", "System.Diagnostics.Contracts", "System.Diagnostics.Debug",
        "System.Diagnostics.DiagnosticSource", "System.Diagnostics.EventLog", "System.Diagnostics.FileVersionInfo", "System.Diagnostics.Process",
        "System.Diagnostics.StackTrace", "System.Diagnostics.TextWriterTraceListener", "System.Diagnostics.TraceSource", "System.Diagnostics.Tracing",
        "System.Drawing.Primitives", "System.Formats.Asn1", "System.Globalization", "System.IO", "System.IO.Compression",
        "System.IO.Compression.Brotli", "System.IO.Compression.ZipFile", "System.IO.FileSystem", "System.IO.FileSystem.DriveInfo",
        "System.IO.FileSystem.Primitives", "System.IO.FileSystem.Watcher", "System.IO.IsolatedStorage", "System.IO.MemoryMappedFiles",
        "System.IO.Pipelines", "System.IO.Pipes", "System.Linq", "System.Linq.Expressions", "System.Linq.Parallel", "System.Linq.Queryable",
        "System.Memory", "System.Net.Http", "System.Net.HttpListener", "System.Net.Mail", "System.Net.NameResolution",
        "System.Net.NetworkInformation", "System.Net.Ping", "System.Net.Primitives", "System.Net.Quic", "System.Net.Requests", "System.Net.Security",
        "System.Net.Sockets", "System.Net.WebClient", "System.Net.WebHeaderCollection", "System.Net.WebProxy", "System.Net.WebSockets",
        "System.Net.WebSockets.Client", "System.Numerics.Vectors", "System.ObjectModel", "System.Private.CoreLib",
        "System.Private.DataContractSerialization", "System.Private.Uri", "System.Private.Xml", "System.Private.Xml.Linq", "System.Reflection",
        "System.Reflection.DispatchProxy", "System.Reflection.Emit", "System.Reflection.Emit.ILGeneration", "System.Reflection.Emit.Lightweight",
        "System.Reflection.Extensions", "System.Reflection.Metadata", "System.Reflection.Primitives", "System.Resources.Writer", "System.Runtime",
        "System.Runtime.CompilerServices.VisualC", "System.Runtime.Extensions", "System.Runtime.InteropServices", "System.Runtime.Intrinsics",
        "System.Runtime.Loader", "System.Runtime.Numerics", "System.Runtime.Serialization.Formatters", "System.Runtime.Serialization.Json",
        "System.Runtime.Serialization.Primitives", "System.Runtime.Serialization.Xml", "System.Security.Claims", "System.Security.Cryptography",
        "System.Security.Principal.Windows", "System.Text.Encoding", "System.Text.Encoding.CodePages", "System.Text.Encoding.Extensions",
        "System.Text.Encodings.Web", "System.Text.Json", "System.Text.RegularExpressions", "System.Threading", "System.Threading.Channels",
        "System.Threading.Overlapped", "System.Threading.Tasks", "System.Threading.Tasks.Extensions", "System.Threading.Tasks.Parallel",
        "System.Threading.Thread", "System.Threading.ThreadPool", "System.Transactions.Local", "System.ValueTuple", "System.Web.HttpUtility",
        "System.Xml.ReaderWriter", "System.Xml.XDocument", "System.Xml.XmlSerializer", "System.Xml.XPath", "System.Xml.XPath.XDocument",
    ];
}
