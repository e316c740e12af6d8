using AgreementTracker.GraphQL.Types;
using AgreementTracker.ReadModels.Organisations;

namespace AgreementTracker.Api.Types;

/// <summary>
/// Every object type of the contract bound to the values it resolves from. Fields not bound here read the value's
/// property of the same name (e.g. <c>Period.start</c> from <c>DatePeriod.Start</c>).
/// </summary>
public static class ObjectTypes
{
    public static SchemaBuilder AddObjectTypes(this SchemaBuilder builder) => builder
        .AddAgreementType()
        .AddAgreementPartTypes()
        .AddKpiTypes()
        .AddMeetingTypes()
        .AddCoFinancingTypes()
        .AddOrganisationTypes()
        .AddAuditEntryType()
        .AddTypeResolver("Node", (value, _) => value switch
        {
            AgreementView => "Agreement",
            OrganisationEntry => "Organisation",
            _ => throw new InvalidOperationException($"{value.GetType().Name} is not a Node of this schema."),
        });
}
