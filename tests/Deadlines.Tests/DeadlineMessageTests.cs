using System.Reflection;
using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.Common;
using Wolverine;
using Wolverine.Runtime.Serialization;
using Wolverine.Util;
using static AgreementTracker.Deadlines.Tests.AgreementHistory;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>The deadlines as Wolverine messages: stored under their kind, serialized by Wolverine's default serializer, each with a handler it finds.</summary>
public sealed class DeadlineMessageTests
{
    public static TheoryData<IDeadlinePayload, string> Deadlines => new()
    {
        { new AgreementEnding.Due(Id, Period.End, Period.End.AddDays(-90)), "deadline.agreement_ending" },
        { new AgreementExpiry.Due(Id, Period.End, Period.End.AddDays(1)), "deadline.agreement_expiry" },
        { new KpiReportMissing.Due(Id, ReportingPeriod.Parse("2025-Q3"), new DateOnly(2025, 11, 29)), "deadline.kpi_report_missing" },
        { new MeetingsBehind.Due(Id, new DateOnly(2025, 6, 30), new DateOnly(2025, 7, 1)), "deadline.meetings_behind" },
        { new PaymentOverdue.Due(Id, Commitment, Invoice, new DateOnly(2025, 4, 1)), "deadline.payment_overdue" },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void A_deadline_is_stored_under_its_kind_so_a_rename_of_its_type_strands_no_scheduled_message(IDeadlinePayload deadline, string kind) =>
        Assert.Equal(kind, deadline.GetType().ToMessageTypeName());

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void A_deadline_comes_back_from_Wolverines_serializer_as_it_went_in(IDeadlinePayload deadline, string kind)
    {
        var serializer = new SystemTextJsonSerializer(SystemTextJsonSerializer.DefaultOptions());

        var read = serializer.ReadFromData(deadline.GetType(), new Envelope { Data = serializer.WriteMessage(deadline), MessageType = kind });

        Assert.Equal(deadline, read);
    }

    [Fact]
    public void Every_deadline_has_exactly_one_handler_of_the_shape_Wolverine_discovers()
    {
        var types = typeof(IDeadlinePayload).Assembly.GetTypes();
        var handlers = types.Where(t => t is { IsPublic: true, IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Handler", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name is "Handle" or "HandleAsync")
            .ToLookup(m => m.GetParameters()[0].ParameterType);

        var deadlines = types.Where(t => t.IsAssignableTo(typeof(IDeadlinePayload)) && !t.IsInterface).ToList();

        Assert.Equal(5, deadlines.Count);
        Assert.All(deadlines, deadline => Assert.Single(handlers[deadline]));
    }
}
