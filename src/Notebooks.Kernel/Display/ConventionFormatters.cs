using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace Notebooks.Kernel.Display;

/// <summary>Finds rich formatters by the .NET Interactive convention: an attribute named <c>TypeFormatterSourceAttribute</c> on the type.</summary>
internal sealed class ConventionFormatters
{
    private const string AttributeName = "TypeFormatterSourceAttribute";
    private readonly ConcurrentDictionary<Type, TypeFormatters> byType = new();

    /// <summary>The formatters declared for <paramref name="type"/> (or a base type), cached per type.</summary>
    public TypeFormatters For(Type type) => byType.GetOrAdd(type, Discover);

    private static TypeFormatters Discover(Type type)
    {
        var attribute = type.GetCustomAttributes(inherit: true).FirstOrDefault(a => a.GetType().Name == AttributeName);
        if (attribute is null)
        {
            return TypeFormatters.None;
        }

        var attributeType = attribute.GetType();
        var sourceType = attributeType.GetProperty("FormatterSourceType")?.GetValue(attribute) as Type;
        var preferred = attributeType.GetProperty("PreferredMimeTypes")?.GetValue(attribute) as string[];
        if (sourceType is null)
        {
            return new TypeFormatters([], preferred, $"{attributeType.FullName} on {type.Name} has no FormatterSourceType");
        }

        try
        {
            var source = Activator.CreateInstance(sourceType);
            var create = sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
            if (create?.Invoke(source, null) is not IEnumerable created)
            {
                return new TypeFormatters([], preferred, $"{sourceType.Name}.CreateTypeFormatters() is missing or returned null");
            }

            var formatters = created.Cast<object>().Select(ReflectedFormatter.TryCreate).OfType<ReflectedFormatter>()
                .Where(f => f.Type is null || f.Type.IsAssignableFrom(type))
                .ToList();
            return new TypeFormatters(formatters, preferred, null);
        }
        catch (Exception e) when (e is TargetInvocationException or MissingMethodException or MemberAccessException)
        {
            return new TypeFormatters([], preferred, $"{sourceType.Name} could not create formatters: {(e.InnerException ?? e).Message}");
        }
    }
}

/// <summary>The formatters that apply to one type.</summary>
internal sealed record TypeFormatters(IReadOnlyList<ReflectedFormatter> Formatters, IReadOnlyList<string>? PreferredMimeTypes, string? Problem)
{
    public static TypeFormatters None { get; } = new([], null, null);
}

/// <summary>A formatter object used through reflection: <c>string MimeType</c>, optional <c>Type Type</c>, <c>bool Format(object, TextWriter)</c>.</summary>
internal sealed record ReflectedFormatter(object Target, string MimeType, Type? Type, MethodInfo FormatMethod)
{
    public static ReflectedFormatter? TryCreate(object formatter)
    {
        var type = formatter.GetType();
        var mime = type.GetProperty("MimeType")?.GetValue(formatter) as string;
        var forType = type.GetProperty("Type")?.GetValue(formatter) as Type;
        var format = type.GetMethod("Format", BindingFlags.Public | BindingFlags.Instance, [typeof(object), typeof(TextWriter)]);
        return mime is null || format is null ? null : new ReflectedFormatter(formatter, mime, forType, format);
    }

    /// <summary>Renders <paramref name="value"/>; false when the formatter declines.</summary>
    public bool TryFormat(object value, out string text)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var handled = FormatMethod.Invoke(Target, [value, writer]) is not false;
        text = writer.ToString();
        return handled;
    }
}
