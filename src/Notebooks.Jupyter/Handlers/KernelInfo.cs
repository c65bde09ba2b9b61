using System.Reflection;
using System.Text.Json.Nodes;
using Notebooks.Jupyter.Protocol;

namespace Notebooks.Jupyter.Handlers;

/// <summary>The content of <c>kernel_info_reply</c>: who we are and the language we run.</summary>
internal static class KernelInfo
{
    /// <summary>The language's name as front ends show it and match kernels by.</summary>
    public const string LanguageName = "C#";

    public static JsonObject Content()
    {
        var version = typeof(KernelInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return new JsonObject
        {
            ["status"] = "ok",
            ["protocol_version"] = MessageFactory.ProtocolVersion,
            ["implementation"] = "notebooks",
            ["implementation_version"] = version.Split('+')[0],
            ["language_info"] = new JsonObject
            {
                ["name"] = LanguageName,
                ["version"] = "latest",
                ["mimetype"] = "text/x-csharp",
                ["file_extension"] = ".cs",
                ["pygments_lexer"] = "csharp",
                ["codemirror_mode"] = "text/x-csharp",
            },
            ["banner"] = $"C# notebooks kernel on Roslyn scripting (.NET {Environment.Version})",
            ["help_links"] = new JsonArray(),
        };
    }
}
