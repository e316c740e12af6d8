using System.Reflection;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Formatting;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Schema;

/// <summary>
/// The domain's Danish words (<see cref="DanishLabels"/>) for every contract enum bound to a domain enum, by the
/// names the wire uses: <c>{"AgreementStatus": {"IN_FORCE": "I kraft", …}, …}</c>. Pages show these, so a label is
/// written once, in the domain.
/// </summary>
public static class EnumLabels
{
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Of(GraphQL.Types.Schema schema) =>
        schema.Types.OfType<EnumType>()
            .Select(type => (type.Name, Values: type.Values.Where(v => v.Value is Enum).ToList()))
            .Where(t => t.Values.Count > 0 && LabelOf(t.Values[0].Value.GetType()) is not null)
            .Select(t => (t.Name, Labels: (IReadOnlyDictionary<string, string>)t.Values.ToDictionary(v => v.Name, v => (string)LabelOf(v.Value.GetType())!.Invoke(null, [v.Value])!)))
            .Append((Name: NotificationKind, Labels: (IReadOnlyDictionary<string, string>)NotificationKinds.DanishLabels.ToDictionary(k => k.Key.ToUpperInvariant(), k => k.Value)))
            .ToDictionary(t => t.Name, t => t.Labels);

    /// <summary>The deadlines' notification kinds are words of their own (the <c>kind</c> column), not a domain enum; the wire writes them in capitals.</summary>
    private const string NotificationKind = "NotificationKind";

    private static MethodInfo? LabelOf(Type domainEnum) =>
        typeof(DanishLabels).GetMethod(nameof(DanishLabels.Of), BindingFlags.Public | BindingFlags.Static, [domainEnum]);
}
