using System.Text.Json;

namespace AgreementTracker.Domain.Tests.Support;

/// <summary>
/// Compares events and states by their JSON, the form the event store keeps them in. Records holding lists compare
/// lists by reference, so JSON is both the honest and the practical comparison.
/// </summary>
internal static class EventJson
{
    public static string Describe(object value) => $"{value.GetType().Name} {JsonSerializer.Serialize(value, value.GetType())}";

    public static IReadOnlyList<string> Describe(IEnumerable<object> values) => values.Select(Describe).ToList();
}
