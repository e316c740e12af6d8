using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.Domain.Organisations;

namespace AgreementTracker.Domain.Formatting;

/// <summary>The Danish words users see for the domain's fixed choices, in one place for the UI and exports.</summary>
public static class DanishLabels
{
    private static readonly string[] Months =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    public static string Of(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft => "Udkast",
        AgreementStatus.SignedAwaitingStart => "Underskrevet, ikke startet",
        AgreementStatus.InForce => "I kraft",
        AgreementStatus.Expired => "Udløbet",
        AgreementStatus.Terminated => "Opsagt",
        _ => throw Unknown(status),
    };

    public static string Of(AgreementKind kind) => kind switch
    {
        AgreementKind.FrameworkAgreement => "Rammeaftale",
        AgreementKind.StrategicActivityAgreement => "Strategisk aktivitetsaftale",
        AgreementKind.ProjectAgreement => "Projektsamarbejdsaftale",
        AgreementKind.CoLocationAgreement => "Kontorfællesskab",
        AgreementKind.SharedEmployeeAgreement => "Delt medarbejder",
        AgreementKind.EconomicPartnership => "Økonomisk partnerskab",
        _ => throw Unknown(kind),
    };

    public static string Of(TargetGroup group) => group switch
    {
        TargetGroup.InnovationActiveSmes => "Innovationsaktive SMV'er",
        TargetGroup.SmesNotYetInnovating => "SMV'er der endnu ikke innoverer",
        TargetGroup.SmeLargeCompanyCollaboration => "Samarbejde mellem SMV'er og store virksomheder",
        TargetGroup.Entrepreneurs => "Iværksættere",
        _ => throw Unknown(group),
    };

    public static string Of(PartyRole role) => role switch
    {
        PartyRole.Coordinator => "Koordinator",
        PartyRole.Partner => "Partner",
        PartyRole.CoFinancier => "Medfinansierende part",
        PartyRole.Host => "Vært",
        _ => throw Unknown(role),
    };

    public static string Of(OrganisationKind kind) => kind switch
    {
        OrganisationKind.BusinessRegion => "Erhvervsregion",
        OrganisationKind.Municipality => "Kommune",
        OrganisationKind.Region => "Region",
        OrganisationKind.BusinessHub => "Erhvervshus",
        OrganisationKind.NationalCluster => "National klynge",
        OrganisationKind.KnowledgeInstitution => "Videninstitution",
        OrganisationKind.Other => "Anden organisation",
        _ => throw Unknown(kind),
    };

    public static string Of(KpiStatus status) => status switch
    {
        KpiStatus.Achieved => "Opfyldt",
        KpiStatus.OnTrack => "På rette spor",
        KpiStatus.AtRisk => "I risiko",
        KpiStatus.OffTrack => "Bagud",
        KpiStatus.NotReported => "Ikke indrapporteret",
        _ => throw Unknown(status),
    };

    public static string Of(KpiTrend trend) => trend switch
    {
        KpiTrend.Unknown => "Ukendt",
        KpiTrend.Improving => "Forbedring",
        KpiTrend.Stable => "Uændret",
        KpiTrend.Worsening => "Forværring",
        _ => throw Unknown(trend),
    };

    public static string Of(KpiDirection direction) => direction switch
    {
        KpiDirection.Increase => "Skal stige",
        KpiDirection.Decrease => "Skal falde",
        _ => throw Unknown(direction),
    };

    public static string Of(MeasurementQualifier qualifier) => qualifier switch
    {
        MeasurementQualifier.Measured => "Målt",
        MeasurementQualifier.Estimated => "Estimat",
        MeasurementQualifier.Minimum => "Minimum",
        _ => throw Unknown(qualifier),
    };

    public static string Of(SourceKind source) => source switch
    {
        SourceKind.Survey => "Spørgeskema",
        SourceKind.SecretariatCount => "Sekretariatets optælling",
        SourceKind.Register => "Register",
        SourceKind.Other => "Anden kilde",
        _ => throw Unknown(source),
    };

    public static string Of(GoalHardness hardness) => hardness switch
    {
        GoalHardness.Hard => "Hårdt mål",
        GoalHardness.Soft => "Blødt mål",
        _ => throw Unknown(hardness),
    };

    public static string Of(GoalHorizon horizon) => horizon switch
    {
        GoalHorizon.ShortTerm => "Kort sigt",
        GoalHorizon.LongTerm => "Lang sigt",
        _ => throw Unknown(horizon),
    };

    public static string Of(MeetingKind kind) => kind switch
    {
        MeetingKind.Coordination => "Koordinationsmøde",
        MeetingKind.Steering => "Styregruppemøde",
        MeetingKind.Status => "Statusmøde",
        MeetingKind.Evaluation => "Evalueringsmøde",
        MeetingKind.Other => "Møde",
        _ => throw Unknown(kind),
    };

    public static string Of(MeetingProgress progress) => progress switch
    {
        MeetingProgress.Scheduled => "Planlagt",
        MeetingProgress.Held => "Afholdt",
        MeetingProgress.Cancelled => "Aflyst",
        _ => throw Unknown(progress),
    };

    public static string Of(ContributionForm form) => form switch
    {
        ContributionForm.Cash => "Kontant",
        ContributionForm.InKind => "Timer og naturalier",
        _ => throw Unknown(form),
    };

    public static string Of(EvaluationKind kind) => kind switch
    {
        EvaluationKind.MidTerm => "Midtvejsevaluering",
        EvaluationKind.Annual => "Årlig evaluering",
        EvaluationKind.Final => "Slutevaluering",
        _ => throw Unknown(kind),
    };

    /// <summary>"2024", "1. halvår 2024", "3. kvartal 2024", "marts 2024".</summary>
    public static string Of(ReportingPeriod period) => period.Frequency switch
    {
        ReportingFrequency.Yearly => $"{period.Year}",
        ReportingFrequency.HalfYearly => $"{period.Number}. halvår {period.Year}",
        ReportingFrequency.Quarterly => $"{period.Number}. kvartal {period.Year}",
        _ => $"{Months[period.Number - 1]} {period.Year}",
    };

    public static string Of(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Yearly => "Årligt",
        ReportingFrequency.HalfYearly => "Halvårligt",
        ReportingFrequency.Quarterly => "Kvartalsvis",
        ReportingFrequency.Monthly => "Månedligt",
        _ => throw Unknown(frequency),
    };

    private static ArgumentOutOfRangeException Unknown<T>(T value) where T : struct, Enum =>
        new(nameof(value), value, $"{typeof(T).Name} has no Danish label for {value}.");
}
