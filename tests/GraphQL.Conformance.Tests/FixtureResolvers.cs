namespace AgreementTracker.GraphQL.Conformance.Tests;

/// <summary>
/// Interprets the resolver data fixture exactly as oracle/fixture-resolvers.mjs does for graphql-js:
/// a field's value is the parent's entry of that name, where marker objects stand for behaviour:
/// <c>{"$error": message}</c> throws, <c>{"$async": value}</c> answers later, <c>{"$arg": name}</c>
/// returns the coerced argument, <c>{"$argPresence": name}</c> tells "absent", "null" or "provided";
/// a subscription root field's <c>{"$events": [...]}</c> is its source stream.
/// </summary>
internal static class FixtureResolvers
{
    public static async ValueTask<object?> Resolve(object? parent, string fieldName, IReadOnlyDictionary<string, object?> arguments)
    {
        var raw = parent is IReadOnlyDictionary<string, object?> entries ? entries.GetValueOrDefault(fieldName) : null;
        return await Interpret(raw, arguments);
    }

    private static async ValueTask<object?> Interpret(object? raw, IReadOnlyDictionary<string, object?> arguments)
    {
        if (raw is not IReadOnlyDictionary<string, object?> marker) return raw;
        if (marker.TryGetValue("$error", out var message)) throw new GraphQLError((string)message!);
        if (marker.TryGetValue("$async", out var later))
        {
            await Task.Yield();
            return await Interpret(later, arguments);
        }
        if (marker.TryGetValue("$arg", out var name)) return arguments.GetValueOrDefault((string)name!);
        if (marker.TryGetValue("$argPresence", out var presenceOf))
        {
            if (!arguments.TryGetValue((string)presenceOf!, out var value)) return "absent";
            return value is null ? "null" : "provided";
        }
        return raw;
    }

    public static async IAsyncEnumerable<object?> Events(object? root, string fieldName)
    {
        var entry = root is IReadOnlyDictionary<string, object?> entries ? entries.GetValueOrDefault(fieldName) : null;
        var events = entry is IReadOnlyDictionary<string, object?> marker && marker.GetValueOrDefault("$events") is IEnumerable<object?> list ? list : [];
        foreach (var payload in events)
        {
            await Task.Yield();
            yield return payload;
        }
    }
}
