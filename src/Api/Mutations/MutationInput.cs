using System.Collections;
using AgreementTracker.Commands;
using AgreementTracker.Domain.Common;
using AgreementTracker.GraphQL;
using AgreementTracker.GraphQL.Execution;

namespace AgreementTracker.Api.Mutations;

/// <summary>
/// A mutation's coerced <c>input</c> object, read field by field into domain values. GraphQL validation has already
/// checked types and required fields; what is left (an id that is not an id, a key that is too long) is refused here
/// with <c>BAD_USER_INPUT</c> and the field's path, before anything is decided.
/// </summary>
public sealed class MutationInput
{
    private readonly IReadOnlyDictionary<string, object?> _fields;
    private readonly string _path;
    private readonly ApiCaller _caller;
    private readonly string? _idempotencyKey;

    private MutationInput(IReadOnlyDictionary<string, object?> fields, string path, ApiCaller caller, string? idempotencyKey)
    {
        _fields = fields;
        _path = path;
        _caller = caller;
        _idempotencyKey = idempotencyKey;
    }

    public static MutationInput From(ResolveFieldContext context, ApiCaller caller)
    {
        var fields = (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;
        return new(fields, "input", caller, fields.GetValueOrDefault("idempotencyKey") as string);
    }

    public TId Id<TId>(string name) where TId : struct, IEntityId<TId> =>
        OptionalId<TId>(name) ?? throw Invalid(name, "is required");

    /// <summary>An id the client chose for something new; else one derived from the idempotency key, so a repeat names the same thing; else a fresh one.</summary>
    public TId NewId<TId>(string name) where TId : struct, IEntityId<TId> =>
        OptionalId<TId>(name) ?? TId.From(_idempotencyKey is { } key
            ? IdempotencyKeys.CreatedIdFor(_caller.Identity, key, $"{_path}.{name}")
            : Guid.CreateVersion7());

    public TId? OptionalId<TId>(string name) where TId : struct, IEntityId<TId> => Value(name) switch
    {
        null => null,
        string text when Guid.TryParse(text, out var id) => TId.From(id),
        var other => throw Invalid(name, $"\"{other}\" is not an id; ids look like 3f2b8c1e-5d4a-4b7e-9c1f-2a6d8e0b4c7a"),
    };

    public string Text(string name) => OptionalText(name) ?? throw Invalid(name, "is required");

    public string? OptionalText(string name) => (string?)Value(name);

    public DateOnly Date(string name) => (DateOnly)(Value(name) ?? throw Invalid(name, "is required"));

    public DateOnly? OptionalDate(string name) => (DateOnly?)Value(name);

    public decimal Decimal(string name) => (decimal)(Value(name) ?? throw Invalid(name, "is required"));

    public int Int(string name) => (int)(Value(name) ?? throw Invalid(name, "is required"));

    public int? OptionalInt(string name) => (int?)Value(name);

    public ReportingPeriod Period(string name) => (ReportingPeriod)(Value(name) ?? throw Invalid(name, "is required"));

    public TEnum Enum<TEnum>(string name) where TEnum : struct, Enum => (TEnum)(Value(name) ?? throw Invalid(name, "is required"));

    public IReadOnlyList<T> List<T>(string name) => Value(name) is IEnumerable items ? items.Cast<T>().ToList() : [];

    public IReadOnlyList<TEnum>? OptionalEnums<TEnum>(string name) where TEnum : struct, Enum =>
        Value(name) is IEnumerable items ? items.Cast<TEnum>().ToList() : null;

    public MutationInput Object(string name) =>
        Value(name) is IReadOnlyDictionary<string, object?> fields ? new(fields, $"{_path}.{name}", _caller, _idempotencyKey) : throw Invalid(name, "is required");

    public IReadOnlyList<MutationInput> Objects(string name) =>
        List<IReadOnlyDictionary<string, object?>>(name).Select((fields, i) => new MutationInput(fields, $"{_path}.{name}[{i}]", _caller, _idempotencyKey)).ToList();

    /// <summary>The fields every mutation input has: why, the version the caller read, and the idempotency key.</summary>
    public CommandRequest Request()
    {
        var key = OptionalText("idempotencyKey");
        if (key is { Length: 0 or > IdempotencyKeys.MaxLength })
            throw Invalid("idempotencyKey", $"must be 1 to {IdempotencyKeys.MaxLength} characters");
        var expected = OptionalInt("expectedVersion");
        var reason = OptionalText("reason") is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
        if (expected < 0)
            throw Invalid("expectedVersion", "cannot be negative");
        return new CommandRequest(_caller.Identity)
        {
            Reason = reason,
            CorrelationId = _caller.CorrelationId,
            ExpectedVersion = expected,
            IdempotencyKey = key,
        };
    }

    private object? Value(string name) => _fields.TryGetValue(name, out var value) ? value : null;

    private GraphQLError Invalid(string name, string problem) =>
        new($"{_path}.{name} {problem}.", code: ErrorCodes.BadUserInput, extensions: new Dictionary<string, object?> { ["field"] = $"{_path}.{name}" });
}
