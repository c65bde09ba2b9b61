using System.Text.Json.Serialization;
using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Workers;

/// <summary>What a worker tells its supervisor, one JSON line each.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "event")]
[JsonDerivedType(typeof(CellStartingMessage), "cell-starting")]
[JsonDerivedType(typeof(CellFinishedMessage), "cell-finished")]
[JsonDerivedType(typeof(CellFailedLateMessage), "cell-failed-late")]
[JsonDerivedType(typeof(CrashMessage), "crash")]
[JsonDerivedType(typeof(NotebookFinishedMessage), "notebook-finished")]
[JsonDerivedType(typeof(WriteFailedMessage), "write-failed")]
internal abstract record WorkerMessage;

/// <summary>A code cell is about to run.</summary>
internal sealed record CellStartingMessage(CellStart Start) : WorkerMessage;

/// <summary>A code cell ended; the executed notebook on disk includes it.</summary>
internal sealed record CellFinishedMessage(CellResult Result) : WorkerMessage;

/// <summary>A cell that had ended was failed by a late exception; the executed notebook on disk shows it.</summary>
internal sealed record CellFailedLateMessage(CellResult Result) : WorkerMessage;

/// <summary>An unhandled exception is about to end the worker (an <c>async void</c> that threw), with the cell whose code threw it, if known.</summary>
internal sealed record CrashMessage(CellError Error, int? Cell) : WorkerMessage;

/// <summary>Every cell ended; the worker exits next.</summary>
internal sealed record NotebookFinishedMessage(TimeSpan Duration) : WorkerMessage;

/// <summary>The executed notebook could not be written; the worker runs on but writes no more.</summary>
internal sealed record WriteFailedMessage(string Problem) : WorkerMessage;
