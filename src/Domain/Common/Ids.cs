using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Common;

[JsonConverter(typeof(EntityIdJsonConverter<OrganisationId>))]
public readonly record struct OrganisationId(Guid Value) : IEntityId<OrganisationId>
{
    public static OrganisationId From(Guid value) => new(value);
    public override string ToString() => Value.ToString();
}

[JsonConverter(typeof(EntityIdJsonConverter<AgreementId>))]
public readonly record struct AgreementId(Guid Value) : IEntityId<AgreementId>
{
    public static AgreementId From(Guid value) => new(value);
    public override string ToString() => Value.ToString();
}

[JsonConverter(typeof(EntityIdJsonConverter<AmendmentId>))]
public readonly record struct AmendmentId(Guid Value) : IEntityId<AmendmentId>
{
    public static AmendmentId From(Guid value) => new(value);
    public override string ToString() => Value.ToString();
}

[JsonConverter(typeof(EntityIdJsonConverter<GoalId>))]
public readonly record struct GoalId(Guid Value) : IEntityId<GoalId>
{
    public static GoalId From(Guid value) => new(value);
    public override string ToString() => Value.ToString();
}

[JsonConverter(typeof(EntityIdJsonConverter<KpiId>))]
public readonly record struct KpiId(Guid Value) : IEntityId<KpiId>
{
    public static KpiId From(Guid value) => new(value);
    public override string ToString() => Value.ToString();
}

[JsonConverter(typeof(EntityIdJsonConverter<ActionPlanId>))]
public readonly record struct ActionPlanId(Guid Value) : IEntityId<ActionPlanId>
{
    public static ActionPlanId From(Guid value) => new(value);
    public override string ToString() => Value.ToString();
}

[JsonConverter(typeof(EntityIdJsonConverter<ActivityId>))]
public readonly record struct ActivityId(Guid Value) : IEntityId<ActivityId>
{
    public static ActivityId From(Guid value) => new(value);
    public override string ToString() => Value.ToString();
}

[JsonConverter(typeof(EntityIdJsonConverter<MeetingId>))]
public readonly record struct MeetingId(Guid Value) : IEntityId<MeetingId>
{
    public static MeetingId From(Guid value) => new(value);
    public override string ToString() => Value.ToString();
}

[JsonConverter(typeof(EntityIdJsonConverter<ActionItemId>))]
public readonly record struct ActionItemId(Guid Value) : IEntityId<ActionItemId>
{
    public static ActionItemId From(Guid value) => new(value);
    public override string ToString() => Value.ToString();
}

[JsonConverter(typeof(EntityIdJsonConverter<CommitmentId>))]
public readonly record struct CommitmentId(Guid Value) : IEntityId<CommitmentId>
{
    public static CommitmentId From(Guid value) => new(value);
    public override string ToString() => Value.ToString();
}

[JsonConverter(typeof(EntityIdJsonConverter<InvoiceId>))]
public readonly record struct InvoiceId(Guid Value) : IEntityId<InvoiceId>
{
    public static InvoiceId From(Guid value) => new(value);
    public override string ToString() => Value.ToString();
}

[JsonConverter(typeof(EntityIdJsonConverter<EvaluationId>))]
public readonly record struct EvaluationId(Guid Value) : IEntityId<EvaluationId>
{
    public static EvaluationId From(Guid value) => new(value);
    public override string ToString() => Value.ToString();
}
