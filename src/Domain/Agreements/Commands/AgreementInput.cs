using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

/// <summary>
/// The shape rules of every agreement command (<see cref="Input"/>: lengths, characters, amounts, dates, list sizes,
/// new ids), run by <see cref="Agreement.Decide"/> before any business rule. Fields are named as the user typed them
/// in the public input contract (schema/graphql), e.g. <c>heldOn</c>, <c>attendees[2].name</c>. Accepted commands
/// come back with their text in NFC, so what is decided and stored is normalised.
/// </summary>
public static class AgreementInput
{
    public static Result<IAgreementCommand> Check(IAgreementCommand command)
    {
        var check = new InputCheck();
        IAgreementCommand checkedCommand = command switch
        {
            DraftAgreement c => c with
            {
                AgreementId = check.NewId("agreementId", "Aftalens id", c.AgreementId),
                Title = check.Text(TextKind.Title, "title", "Aftalens titel", c.Title),
                Kind = check.Known("kind", "Aftaletypen", c.Kind),
                Purpose = check.Text(TextKind.Document, "purpose", "Aftalens formål", c.Purpose),
                Period = new DatePeriod(
                    check.Date("start", "Aftalens startdato", c.Period.Start),
                    check.Date("end", "Aftalens slutdato", c.Period.End)),
                StrengthArea = check.Text(TextKind.Label, "strengthArea", "Styrkepositionen", c.StrengthArea),
                TargetGroups = TargetGroups(check, "targetGroups", c.TargetGroups),
                GeographicScope = check.Text(TextKind.Label, "geographicScope", "Det geografiske område", c.GeographicScope),
            },
            AddParty c => c with { Role = check.Known("role", "Partens rolle", c.Role) },
            SignAgreement c => c with { SignedOn = check.Date("signedOn", "Underskriftsdatoen", c.SignedOn) },
            ExtendAgreement c => c with { NewEnd = check.Date("newEnd", "Den nye slutdato", c.NewEnd) },
            TerminateAgreement c => c with { EffectiveDate = check.Date("effectiveOn", "Opsigelsens ikrafttrædelsesdato", c.EffectiveDate) },
            ProposeAmendment c => c with
            {
                AmendmentId = check.NewId("amendmentId", "Tillæggets id", c.AmendmentId),
                Summary = check.Text(TextKind.Paragraph, "summary", "Tillæggets resumé", c.Summary),
                Changes = check.Nested("changes", c.Changes, (terms, t) => t with
                {
                    Title = terms.OptionalText(TextKind.Title, "title", "Den nye titel", t.Title),
                    Purpose = terms.OptionalText(TextKind.Document, "purpose", "Det nye formål", t.Purpose),
                    StrengthArea = terms.OptionalText(TextKind.Label, "strengthArea", "Den nye styrkeposition", t.StrengthArea),
                    GeographicScope = terms.OptionalText(TextKind.Label, "geographicScope", "Det nye geografiske område", t.GeographicScope),
                    TargetGroups = t.TargetGroups is null ? null : TargetGroups(terms, "targetGroups", t.TargetGroups),
                }),
            },
            SetGoal c => c with
            {
                GoalId = check.NewId("goalId", "Målets id", c.GoalId),
                Description = check.Text(TextKind.Paragraph, "description", "Målets beskrivelse", c.Description),
                Hardness = check.Known("kind", "Måltypen", c.Hardness),
                Horizon = check.Known("horizon", "Målets tidshorisont", c.Horizon),
            },
            DefineKpi c => c with
            {
                KpiId = check.NewId("kpiId", "KPI'ens id", c.KpiId),
                CatalogueCode = check.Text(TextKind.Code, "code", "KPI'ens kode", c.CatalogueCode),
                Name = check.Text(TextKind.Title, "name", "KPI'ens navn", c.Name),
                Unit = check.Text(TextKind.Code, "unit", "KPI'ens enhed", c.Unit),
                Direction = check.Known("direction", "KPI'ens retning", c.Direction),
                Baseline = check.Figure("baseline", "Udgangspunktet", c.Baseline),
                Target = check.Figure("target", "Målet", c.Target),
                TargetDate = check.Date("targetDate", "Måldatoen", c.TargetDate),
                Frequency = check.Known("reportingFrequency", "Rapporteringsfrekvensen", c.Frequency),
                Geography = check.Text(TextKind.Label, "geography", "KPI'ens geografi", c.Geography),
            },
            ReviseKpiTarget c => c with
            {
                Target = check.Figure("newTarget", "Det nye mål", c.Target),
                TargetDate = check.Date("newTargetDate", "Den nye måldato", c.TargetDate),
            },
            RecordMeasurement c => c with
            {
                Period = check.Period("period", "Perioden", c.Period),
                Value = check.Figure("value", "Målingen", c.Value),
                Qualifier = check.Known("qualifier", "Målingens status", c.Qualifier),
                Source = Source(check, c.Source),
            },
            CorrectMeasurement c => c with
            {
                Period = check.Period("period", "Perioden", c.Period),
                Value = check.Figure("value", "Målingen", c.Value),
                Qualifier = check.Known("qualifier", "Målingens status", c.Qualifier),
                Source = Source(check, c.Source),
            },
            AdoptActionPlan c => c with
            {
                ActionPlanId = check.NewId("actionPlanId", "Handlingsplanens id", c.ActionPlanId),
                Year = check.Year("year", "Handlingsplanens år", c.Year),
                Title = check.Text(TextKind.Title, "title", "Handlingsplanens titel", c.Title),
                FocusAreas = check.Texts(TextKind.Label, "focusAreas", "fokusområder", "Fokusområdet", Input.MostFocusAreas, c.FocusAreas),
                AdoptedOn = check.Date("adoptedOn", "Vedtagelsesdatoen", c.AdoptedOn),
            },
            PlanActivity c => c with
            {
                ActivityId = check.NewId("activityId", "Aktivitetens id", c.ActivityId),
                Title = check.Text(TextKind.Title, "title", "Aktivitetens titel", c.Title),
                PlannedFor = check.Date("plannedFor", "Aktivitetens dato", c.PlannedFor),
            },
            CompleteActivity c => c with
            {
                CompletedOn = check.Date("completedOn", "Gennemførelsesdatoen", c.CompletedOn),
                Participants = check.Count("participants", "Antallet af deltagere", c.Participants),
                UniqueCompanies = check.Count("uniqueCompanies", "Antallet af virksomheder", c.UniqueCompanies),
                CompaniesUnder50 = check.Count("companiesUnder50Employees", "Antallet af virksomheder under 50 ansatte", c.CompaniesUnder50),
            },
            SetMeetingCadence c => c with { EffectiveFrom = check.Date("effectiveFrom", "Datoen kadencen gælder fra", c.EffectiveFrom) },
            ScheduleMeeting c => c with
            {
                MeetingId = check.NewId("meetingId", "Mødets id", c.MeetingId),
                Kind = check.Known("kind", "Mødetypen", c.Kind),
                Title = check.Text(TextKind.Title, "title", "Mødets titel", c.Title),
                Date = check.Date("date", "Mødedatoen", c.Date),
            },
            HoldMeeting c => c with
            {
                MeetingId = check.NewId("meetingId", "Mødets id", c.MeetingId),
                Kind = check.Known("kind", "Mødetypen", c.Kind),
                Title = check.Text(TextKind.Title, "title", "Mødets titel", c.Title),
                HeldOn = check.Date("heldOn", "Mødedatoen", c.HeldOn),
                Attendees = check.List("attendees", "deltagere", Input.MostAttendees, c.Attendees, (attendee, _, a) => a with
                {
                    Name = attendee.Text(TextKind.Title, "name", "Deltagerens navn", a.Name),
                }),
                Minutes = check.Text(TextKind.Document, "minutes", "Referatet", c.Minutes),
                Decisions = check.Texts(TextKind.Paragraph, "decisions", "beslutninger", "Beslutningen", Input.MostDecisions, c.Decisions),
                ActionItems = check.List("actionItems", "opgaver", Input.MostActionItems, c.ActionItems, (item, _, a) => a with
                {
                    Id = item.NewId("actionItemId", "Opgavens id", a.Id),
                    Description = item.Text(TextKind.Paragraph, "description", "Opgavens beskrivelse", a.Description),
                    DueOn = item.OptionalDate("dueOn", "Opgavens frist", a.DueOn),
                }),
            },
            CompleteActionItem c => c with { CompletedOn = check.Date("completedOn", "Datoen opgaven blev løst", c.CompletedOn) },
            CommitCoFinancing c => c with
            {
                CommitmentId = check.NewId("commitmentId", "Tilsagnets id", c.CommitmentId),
                Amount = check.Kroner("amount", "Beløbet", c.Amount),
                Year = check.Year("year", "Tilsagnets år", c.Year),
                Purpose = check.Text(TextKind.Paragraph, "purpose", "Tilsagnets formål", c.Purpose),
                Form = check.Known("form", "Finansieringsformen", c.Form),
            },
            InvoiceCoFinancing c => c with
            {
                InvoiceId = check.NewId("invoiceId", "Fakturaens id", c.InvoiceId),
                Amount = check.Kroner("amount", "Beløbet", c.Amount),
                InvoicedOn = check.Date("invoicedOn", "Fakturadatoen", c.InvoicedOn),
                DueOn = check.Date("dueOn", "Forfaldsdatoen", c.DueOn),
            },
            PayCoFinancing c => c with
            {
                Amount = check.Kroner("amount", "Beløbet", c.Amount),
                PaidOn = check.Date("paidOn", "Betalingsdatoen", c.PaidOn),
            },
            RecordEvaluation c => c with
            {
                EvaluationId = check.NewId("evaluationId", "Evalueringens id", c.EvaluationId),
                Kind = check.Known("kind", "Evalueringstypen", c.Kind),
                EvaluatedOn = check.Date("evaluatedOn", "Evalueringsdatoen", c.EvaluatedOn),
                Summary = check.Text(TextKind.Document, "summary", "Evalueringens resumé", c.Summary),
                Recommendations = check.Texts(TextKind.Paragraph, "recommendations", "anbefalinger", "Anbefalingen", Input.MostRecommendations, c.Recommendations),
            },
            _ => command, // the rest carry only ids of existing things, which the business rules look up
        };
        return check.Outcome(checkedCommand);
    }

    private static IReadOnlyList<TargetGroup> TargetGroups(InputCheck check, string field, IReadOnlyList<TargetGroup> groups) =>
        check.List(field, "målgrupper", Input.MostTargetGroups, groups, (item, path, group) => item.Take(Input.Known(path, "Målgruppen", group), group));

    private static MeasurementSource Source(InputCheck check, MeasurementSource source) =>
        check.Nested("source", source, (nested, s) => s with
        {
            Kind = nested.Known("kind", "Kildetypen", s.Kind),
            Respondents = nested.OptionalCount("respondents", "Antallet af svar", s.Respondents),
            Description = nested.OptionalText(TextKind.Paragraph, "description", "Kildens beskrivelse", s.Description),
        });
}
