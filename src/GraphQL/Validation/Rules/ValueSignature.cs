using System.Text;
using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

/// <summary>A canonical text of a value literal: equal exactly when two literals mean the same (object fields in name order).</summary>
internal static class ValueSignature
{
    public static string Of(ValueNode value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable: builder.Append("$").Append(variable.Name.Value); break;
            case IntValueNode i: builder.Append("I:").Append(i.Value); break;
            case FloatValueNode f: builder.Append("F:").Append(f.Value); break;
            case StringValueNode s: builder.Append(s.Block ? "B:" : "S:").Append(Printer.PrintString(s.Value)); break;
            case BooleanValueNode b: builder.Append(b.Value ? "true" : "false"); break;
            case NullValueNode: builder.Append("null"); break;
            case EnumValueNode e: builder.Append("E:").Append(e.Value); break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    Append(builder, item);
                    builder.Append(',');
                }
                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    builder.Append(field.Name.Value).Append(':');
                    Append(builder, field.Value);
                    builder.Append(',');
                }
                builder.Append('}');
                break;
        }
    }
}
