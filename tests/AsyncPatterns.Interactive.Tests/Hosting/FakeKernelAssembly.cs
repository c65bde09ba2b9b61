using System.Reflection;
using System.Reflection.Emit;
using AsyncPatterns.Interactive.Hosting;

namespace AsyncPatterns.Interactive.Tests.Hosting;

/// <summary>A dynamic assembly named like the Notebooks kernel, whose <c>CurrentCell</c> reports the token a test sets: the kernel as the library sees it, by name only.</summary>
internal sealed class FakeKernelAssembly
{
    private readonly FieldInfo token;

    private FakeKernelAssembly(Assembly assembly, FieldInfo token)
    {
        Assembly = assembly;
        this.token = token;
    }

    /// <summary>The assembly, in this process's list of loaded assemblies from now on.</summary>
    public Assembly Assembly { get; }

    /// <summary>What the fake's static property returns.</summary>
    public CancellationToken Token
    {
        get => (CancellationToken)token.GetValue(null)!;
        set => token.SetValue(null, value);
    }

    /// <summary>Defines <c>public static CancellationToken {property} {{ get; }}</c> on <paramref name="typeName"/> in a new assembly named Notebooks.Kernel.</summary>
    public static FakeKernelAssembly Create(string typeName = CellTokenLookup.KernelCell, string property = "CancellationToken")
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName(CellTokenLookup.KernelAssembly), AssemblyBuilderAccess.RunAndCollect);
        var type = assembly.DefineDynamicModule(CellTokenLookup.KernelAssembly)
            .DefineType(typeName, TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class);
        var field = type.DefineField("token", typeof(CancellationToken), FieldAttributes.Public | FieldAttributes.Static);
        var getter = type.DefineMethod("get_" + property, MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.SpecialName | MethodAttributes.HideBySig, typeof(CancellationToken), Type.EmptyTypes);
        var il = getter.GetILGenerator();
        il.Emit(OpCodes.Ldsfld, field);
        il.Emit(OpCodes.Ret);
        type.DefineProperty(property, PropertyAttributes.None, typeof(CancellationToken), Type.EmptyTypes).SetGetMethod(getter);
        var created = type.CreateType();
        return new FakeKernelAssembly(assembly, created.GetField("token")!);
    }
}
