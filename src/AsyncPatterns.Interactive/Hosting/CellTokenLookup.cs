using System.Reflection;

namespace AsyncPatterns.Interactive.Hosting;

/// <summary>Asks the hosts' own types for the running cell's token by reflection (never by reference), keeping each getter once found and looking again only after assemblies changed.</summary>
/// <param name="assemblies">The loaded assemblies to look in.</param>
internal sealed class CellTokenLookup(Func<IEnumerable<Assembly>> assemblies)
{
    /// <summary>.NET Interactive's assembly, whose <c>KernelInvocationContext.Current</c> is the command running, or null.</summary>
    public const string InteractiveAssembly = "Microsoft.DotNet.Interactive";

    /// <summary>The type in it whose <c>Current</c> has an instance <c>CancellationToken</c>.</summary>
    public const string InteractiveContext = "Microsoft.DotNet.Interactive.KernelInvocationContext";

    /// <summary>The Notebooks kernel's assembly.</summary>
    public const string KernelAssembly = "Notebooks.Kernel";

    /// <summary>The type in it with a static <c>CancellationToken</c> of the cell running.</summary>
    public const string KernelCell = "Notebooks.Kernel.Scripting.CurrentCell";

    private readonly Lock gate = new();
    private int generation;
    private int scanned = -1;
    private Func<CancellationToken?>[] interactive = [];
    private Func<CancellationToken?>[] kernel = [];
    private readonly HashSet<Assembly> examined = [];

    /// <summary>The token of the cell running: .NET Interactive's when it is running a command, else the Notebooks kernel's when it is running a cell, else none.</summary>
    public CancellationToken Current
    {
        get
        {
            var now = Volatile.Read(ref generation);
            if (now != Volatile.Read(ref scanned))
            {
                Scan(now);
            }

            foreach (var getter in Volatile.Read(ref interactive))
            {
                if (getter() is { CanBeCanceled: true } token)
                {
                    return token;
                }
            }

            foreach (var getter in Volatile.Read(ref kernel))
            {
                if (getter() is { CanBeCanceled: true } token)
                {
                    return token;
                }
            }

            return CancellationToken.None;
        }
    }

    /// <summary>Says an assembly loaded, so the next <see cref="Current"/> looks for hosts again.</summary>
    public void AssembliesChanged() => Interlocked.Increment(ref generation);

    private void Scan(int now)
    {
        lock (gate)
        {
            foreach (var assembly in assemblies())
            {
                var name = assembly.FullName ?? "";
                if (IsNamed(name, InteractiveAssembly) && examined.Add(assembly) && InteractiveGetter(assembly) is { } fromInteractive)
                {
                    Volatile.Write(ref interactive, [.. interactive, fromInteractive]);
                }
                else if (IsNamed(name, KernelAssembly) && examined.Add(assembly) && KernelGetter(assembly) is { } fromKernel)
                {
                    Volatile.Write(ref kernel, [.. kernel, fromKernel]);
                }
            }

            Volatile.Write(ref scanned, now);
        }
    }

    private static bool IsNamed(string fullName, string simpleName) =>
        fullName.Length > simpleName.Length && fullName[simpleName.Length] == ',' && fullName.StartsWith(simpleName, StringComparison.Ordinal);

    private static Func<CancellationToken?>? InteractiveGetter(Assembly assembly)
    {
        var context = assembly.GetType(InteractiveContext, throwOnError: false);
        var current = context?.GetProperty("Current", BindingFlags.Public | BindingFlags.Static);
        var token = context?.GetProperty("CancellationToken", BindingFlags.Public | BindingFlags.Instance);
        if (current?.GetMethod is null || token?.GetMethod is null || token.PropertyType != typeof(CancellationToken))
        {
            return null;
        }

        return () => Get(current, null) is { } running ? Get(token, running) as CancellationToken? : null;
    }

    private static Func<CancellationToken?>? KernelGetter(Assembly assembly)
    {
        var cell = assembly.GetType(KernelCell, throwOnError: false);
        var token = cell?.GetProperty("CancellationToken", BindingFlags.Public | BindingFlags.Static);
        if (token?.GetMethod is null || token.PropertyType != typeof(CancellationToken))
        {
            return null;
        }

        return () => Get(token, null) as CancellationToken?;
    }

    /// <summary>A property's value; null when its getter throws, as a host with no cell to report may.</summary>
    private static object? Get(PropertyInfo property, object? target)
    {
        try
        {
            return property.GetValue(target);
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }
}
