using System.Text.Json;
using System.Text.Json.Serialization;

namespace Notebooks.Cli.Workers;

/// <summary>The worker channel's JSON (messages, and the job a standby worker is given), generated at build time: a reflection-based serializer costs a cold process about 0.2 s on its first message.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(WorkerMessage))]
[JsonSerializable(typeof(WorkerJob))]
internal sealed partial class WorkerJsonContext : JsonSerializerContext;
