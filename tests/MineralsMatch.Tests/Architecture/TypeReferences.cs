using System.Reflection;
using System.Reflection.Emit;

namespace MineralsMatch.Tests.Architecture;

/// <summary>
/// Every type a type refers to: base type, interfaces, fields, properties, events, method and constructor signatures, generic
/// arguments, attributes, and every type, method or field named in its method bodies (read from the IL).
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static IEnumerable<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        Add(found, type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(found, i);
        }

        foreach (var a in type.GetCustomAttributesData())
        {
            Add(found, a.AttributeType);
        }

        foreach (var f in type.GetFields(Members))
        {
            Add(found, f.FieldType);
        }

        foreach (var p in type.GetProperties(Members))
        {
            Add(found, p.PropertyType);
        }

        foreach (var e in type.GetEvents(Members))
        {
            Add(found, e.EventHandlerType);
        }

        foreach (var method in type.GetMethods(Members).Cast<MethodBase>().Concat(type.GetConstructors(Members)))
        {
            if (method is MethodInfo m)
            {
                Add(found, m.ReturnType);
            }

            foreach (var p in method.GetParameters())
            {
                Add(found, p.ParameterType);
            }

            foreach (var t in Body(method))
            {
                Add(found, t);
            }
        }

        return found;
    }

    // The types named by the operands of a method body's instructions.
    private static IEnumerable<Type> Body(MethodBase method)
    {
        var body = method.GetMethodBody();
        var il = body?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        foreach (var local in body!.LocalVariables)
        {
            yield return local.LocalType;
        }

        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            var code = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    var member = Resolve(method.Module, BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                    if (member is Type t)
                    {
                        yield return t;
                    }
                    else if (member is not null)
                    {
                        yield return member.DeclaringType!;
                        if (member is MethodInfo called)
                        {
                            yield return called.ReturnType;
                            foreach (var a in called.IsGenericMethod ? called.GetGenericArguments() : [])
                            {
                                yield return a;
                            }
                        }
                        else if (member is FieldInfo field)
                        {
                            yield return field.FieldType;
                        }
                    }

                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (BitConverter.ToInt32(il, i) * 4);
                    break;
                default:
                    i += Size(code.OperandType);
                    break;
            }
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int Size(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    // A type and what it is built from: element types of arrays, pointers and references, and generic arguments.
    private static void Add(HashSet<Type> found, Type? type)
    {
        if (type is null || type.IsGenericParameter || !found.Add(type))
        {
            return;
        }

        if (type.HasElementType)
        {
            Add(found, type.GetElementType());
        }

        if (type.IsGenericType)
        {
            foreach (var a in type.GetGenericArguments())
            {
                Add(found, a);
            }
        }
    }
}
