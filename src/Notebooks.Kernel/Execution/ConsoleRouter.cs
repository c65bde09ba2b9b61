using System.Text;

namespace Notebooks.Kernel.Execution;

/// <summary>A writer installed once as <c>Console.Out</c> or <c>Console.Error</c>: it sends each write to the cell that made it.</summary>
internal sealed class ConsoleRouter : TextWriter
{
    private static readonly Lock InstallLock = new();
    private static TextWriter? installedOut;
    private static TextWriter? installedError;
    private readonly string name;
    private readonly TextWriter fallback;

    private ConsoleRouter(string name, TextWriter fallback)
    {
        this.name = name;
        this.fallback = fallback;
    }

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>Routes the process's console to running cells; idempotent, and again if another host (.NET Interactive) replaced it.</summary>
    public static void Install()
    {
        lock (InstallLock)
        {
            if (!ReferenceEquals(Console.Out, installedOut))
            {
                Console.SetOut(new ConsoleRouter("stdout", Console.Out));
                installedOut = Console.Out;
            }

            if (!ReferenceEquals(Console.Error, installedError))
            {
                Console.SetError(new ConsoleRouter("stderr", Console.Error));
                installedError = Console.Error;
            }
        }
    }

    public override void Write(char value) => Route(value.ToString());

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Route(value);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Route(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Route(new string(buffer));

    public override void WriteLine(string? value) => Route((value ?? "") + "\n");

    public override void WriteLine() => Route("\n");

    public override void Flush() => fallback.Flush();

    private void Route(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var context = CellContext.Current;
        if (context is null)
        {
            fallback.Write(text);
            return;
        }

        context.Emit(new StreamEvent(name, text));
    }
}
