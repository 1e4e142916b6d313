using System.Collections.ObjectModel;
using System.Reflection;

namespace OctokitRdXml;

/// <summary>
/// Every closed generic type (and array) Octokit's SimpleJson may create by reflection while (de)serialising the
/// models of one assembly: <c>StringEnum&lt;T&gt;</c> through <c>Activator.CreateInstance(type, string)</c>,
/// collections through <c>MakeGenericType</c>. The NativeAOT compiler cannot see those, so it must be told.
/// </summary>
internal static class ReflectedGenericTypes
{
    private const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly HashSet<Type> ListLike =
    [
        typeof(IReadOnlyList<>), typeof(IList<>), typeof(ICollection<>), typeof(IEnumerable<>),
        typeof(IReadOnlyCollection<>), typeof(List<>), typeof(Collection<>),
    ];

    private static readonly HashSet<Type> DictionaryLike =
    [
        typeof(IReadOnlyDictionary<,>), typeof(IDictionary<,>), typeof(Dictionary<,>), typeof(ReadOnlyDictionary<,>),
    ];

    public static IReadOnlySet<Type> In(Assembly assembly)
    {
        var found = new HashSet<Type>();
        var visited = new HashSet<Type>();
        foreach (var type in SafeTypes(assembly))
        {
            VisitMembers(type, found, visited);
        }

        return found;
    }

    private static void VisitMembers(Type type, HashSet<Type> found, HashSet<Type> visited)
    {
        Visit(type.BaseType, found, visited);
        foreach (var implemented in type.GetInterfaces())
        {
            Visit(implemented, found, visited);
        }

        foreach (var property in type.GetProperties(Members))
        {
            Visit(property.PropertyType, found, visited);
        }

        foreach (var field in type.GetFields(Members))
        {
            Visit(field.FieldType, found, visited);
        }

        foreach (var method in type.GetMethods(Members))
        {
            Visit(method.ReturnType, found, visited);
            VisitParameters(method, found, visited);
        }

        foreach (var constructor in type.GetConstructors(Members))
        {
            VisitParameters(constructor, found, visited);
        }
    }

    private static void VisitParameters(MethodBase method, HashSet<Type> found, HashSet<Type> visited)
    {
        foreach (var parameter in method.GetParameters())
        {
            Visit(parameter.ParameterType, found, visited);
        }
    }

    private static void Visit(Type? type, HashSet<Type> found, HashSet<Type> visited)
    {
        if (type is null)
        {
            return;
        }

        if (type.IsByRef || type.IsPointer)
        {
            Visit(type.GetElementType(), found, visited);
            return;
        }

        if (type.IsGenericParameter || type.ContainsGenericParameters || !visited.Add(type))
        {
            return;
        }

        if (type.IsArray)
        {
            found.Add(type);
            Visit(type.GetElementType(), found, visited);
            return;
        }

        if (!type.IsGenericType)
        {
            return;
        }

        Collect(type, found);
        foreach (var argument in type.GetGenericArguments())
        {
            Visit(argument, found, visited);
        }
    }

    private static void Collect(Type type, HashSet<Type> found)
    {
        var definition = type.GetGenericTypeDefinition();
        var arguments = type.GetGenericArguments();
        if (definition.Name == "StringEnum`1" || definition == typeof(Nullable<>))
        {
            found.Add(type);
        }
        else if (ListLike.Contains(definition))
        {
            found.Add(type);
            found.Add(typeof(List<>).MakeGenericType(arguments));
        }
        else if (DictionaryLike.Contains(definition))
        {
            found.Add(type);
            found.Add(typeof(Dictionary<,>).MakeGenericType(arguments));
            found.Add(typeof(IDictionary<,>).MakeGenericType(arguments));
            found.Add(typeof(ReadOnlyDictionary<,>).MakeGenericType(arguments));
        }
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.OfType<Type>();
        }
    }
}
