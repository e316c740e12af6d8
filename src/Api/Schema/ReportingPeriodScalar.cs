using AgreementTracker.Domain.Common;
using AgreementTracker.GraphQL;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.Api.Schema;

/// <summary>The <c>ReportingPeriod</c> scalar: "2024", "2024-H1", "2024-Q3" or "2024-03". Resolvers see <see cref="ReportingPeriod"/>.</summary>
public sealed class ReportingPeriodScalar() : StringEncodedScalar<ReportingPeriod>("ReportingPeriod")
{
    public override object? Serialize(object? value) => value switch
    {
        ReportingPeriod period => period.ToString(),
        string text => Parse(text).ToString(),
        _ => throw new GraphQLError($"{Name} cannot represent value: {Inspect.Value(value)}"),
    };

    protected override ReportingPeriod Parse(string text, ValueNode? node = null) =>
        ReportingPeriod.TryParse(text, out var period, out var error)
            ? period
            : throw new GraphQLError($"{Name} cannot represent {Inspect.Value(text)}: {error}", node is null ? null : GraphQLError.LocationsOf(node));
}
