using System.Collections;
using AgreementTracker.Agreements.Changes;
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

    /// <summary>Where these fields are in the mutation's arguments: <c>input</c>, <c>input.parties[2]</c>.</summary>
    public string Path => _path;

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
            ? IdempotencyKeys.CreatedIdFor(_caller.Subject, key, $"{_path}.{name}")
            : Guid.CreateVersion7());

    public TId? OptionalId<TId>(string name) where TId : struct, IEntityId<TId> => Value(name) switch
    {
        null => null,
        string text when Guid.TryParse(text, out var id) && id == Guid.Empty =>
            throw Invalid(name, "is the nil UUID, which names nothing; give the id of the thing, or leave a new thing's id out"),
        string text when Guid.TryParse(text, out var id) => TId.From(id),
        var other => throw Invalid(name, $"\"{Input.Echo(other.ToString() ?? "")}\" is not an id; ids look like 3f2b8c1e-5d4a-4b7e-9c1f-2a6d8e0b4c7a"),
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

    /// <summary>A list of input objects that become commands of their own (a draft's parties): bounded here by the
    /// domain's limit, since no single command sees the whole list.</summary>
    public IReadOnlyList<MutationInput> Objects(string name, string things, int most)
    {
        var objects = Objects(name);
        return Input.ListSize(name, things, objects.Count, most) is { } tooMany ? throw MutationErrors.BadInput(tooMany, _path) : objects;
    }

    public IReadOnlyList<MutationInput> Objects(string name) =>
        List<IReadOnlyDictionary<string, object?>>(name).Select((fields, i) => new MutationInput(fields, $"{_path}.{name}[{i}]", _caller, _idempotencyKey)).ToList();

    /// <summary>An id that names a stream of another kind, e.g. an organisation's id given as <c>agreementId</c>.</summary>
    /// <param name="what">What it is instead, in Danish: "en organisations id, ikke en aftales".</param>
    public GraphQLError WrongKind(string name, string what) =>
        new($"{_path}.{name} er {what}.", code: ErrorCodes.BadUserInput, extensions: new Dictionary<string, object?> { ["field"] = $"{_path}.{name}", ["rule"] = "wrong_kind_of_id" });

    /// <summary>The fields every mutation input has: why, the version the caller read, and the idempotency key.</summary>
    public CommandRequest Request()
    {
        var key = OptionalText("idempotencyKey");
        if (key is { Length: 0 or > IdempotencyKeys.MaxLength })
            throw Invalid("idempotencyKey", $"must be 1 to {IdempotencyKeys.MaxLength} characters");
        var expected = OptionalInt("expectedVersion");
        var reason = OptionalText("reason") is { } text && !string.IsNullOrWhiteSpace(text) ? Reason(text).Trim() : null;
        if (expected < 0)
            throw Invalid("expectedVersion", "cannot be negative");
        return new CommandRequest(_caller.Subject, _caller.Access)
        {
            ActorName = _caller.DisplayName,
            ActorOrganisation = _caller.OrganisationCvr,
            Reason = reason,
            CorrelationId = _caller.CorrelationId,
            ExpectedVersion = expected,
            IdempotencyKey = key,
        };
    }

    /// <summary>Why: kept beside the events as metadata, so held to the domain's input rules for a paragraph here.</summary>
    private string Reason(string text)
    {
        var reason = Input.Text(TextKind.Paragraph, "reason", "Begrundelsen", text);
        return reason.IsSuccess ? reason.Value : throw MutationErrors.BadInput(reason.Error, _path);
    }

    private object? Value(string name) => _fields.TryGetValue(name, out var value) ? value : null;

    private GraphQLError Invalid(string name, string problem) =>
        new($"{_path}.{name} {problem}.", code: ErrorCodes.BadUserInput, extensions: new Dictionary<string, object?> { ["field"] = $"{_path}.{name}" });
}
