import { useEffect, useState } from 'preact/hooks';
import { listen } from '../api/live';
import { useQuery } from '../api/useQuery';
import { Alert } from '../components/Alert';
import { kpiStatusBadge } from '../format/kpiBadges';
import { amount, date, figure } from '../format/danish';
import { targetGroups } from '../format/terms';
import { graphql } from '../gql';
import type { AgreementPageQuery } from '../gql/graphql';
import { label } from '../pageData';
import { isStaff, readsEverything, useViewer } from '../viewer';
import { AmendmentDecisionForm, mayProposeAmendment, ProposeAmendmentForm } from './AmendmentForms';
import { Amendments } from './Amendments';
import { CommitForm, InvoiceForm, PaymentForm } from './CoFinancingForms';
import { LogMeetingForm } from './LogMeetingForm';
import { MeasurementForm, reportableKpis } from './MeasurementForm';
import { SignForm } from './SignForm';
import { NotFoundPage } from './NotFoundPage';
import { KpiChart } from '../components/KpiChart';
import { Table } from '../components/Table';

const AgreementPageDocument = graphql(`
  query AgreementPage($id: ID!) {
    agreement(id: $id) {
      id
      title
      kind
      purpose
      status
      version
      period { start end }
      strengthArea geographicScope targetGroups
      termination { effectiveDate }
      expiredOn
      parties { role signedOn organisation { id name } }
      amendments {
        id summary inEffect
        proposedBy { id name }
        acceptedBy { id name }
        rejectedBy { id name }
        changes { title purpose strengthArea geographicScope targetGroups }
      }
      kpis {
        id code name unit baseline target targetDate status reportingFrequency
        latest { value period isCorrection }
        responsibleParty { id name }
        series { period value expected }
        history { period value isCorrection correctsValue }
      }
      meetingCadence { meetingsPerYear effectiveFrom }
      meetingCompliance { year due held cancelled upcoming shortfall compliant }
      meetings {
        id kind title status date heldOn decisions
        attendees { name organisation { name } }
        actionItems { id description dueOn completedOn responsible { name } }
      }
      coFinancing {
        committed invoiced paid outstanding overdue
        commitments { id year amount purpose status invoiced party { name } invoices { id invoicedOn outstanding } }
        lines { year committed invoiced paid outstanding overdue party { id name } }
      }
    }
  }
`);

const AgreementChangedDocument = graphql(`
  subscription AgreementChanged($id: ID!) {
    agreementChanged(id: $id) { entry { actor summary } }
  }
`);

export type AgreementDetails = NonNullable<AgreementPageQuery['agreement']>;

export function AgreementPage({ id }: { id: string }) {
  const viewer = useViewer();
  const { data, error, reload } = useQuery(AgreementPageDocument, { id });
  const [news, setNews] = useState<string>();
  useEffect(() => listen(AgreementChangedDocument, { id }, (change) => {
    setNews(`${change.agreementChanged.entry.actor}: ${change.agreementChanged.entry.summary}`);
    reload();
  }), [id, reload]);
  if (error)
    return <Alert variant="error">{error.message}</Alert>;
  if (!data)
    return <p aria-live="polite">Henter aftalen …</p>;
  const agreement = data.agreement;
  if (!agreement)
    return <NotFoundPage />;
  const kpis = reportableKpis(agreement, viewer);
  return (
    <>
      <h1>{agreement.title}</h1>
      <p class="font-lead">{agreement.purpose}</p>
      {readsEverything(viewer) && <p><a href={`/revision/${agreement.id}`}>Revision: tidslinje, aftalen på en bestemt dag og integritet</a></p>}
      <div aria-live="polite">
        {news && <Alert variant="info">Opdateret lige nu: {news}</Alert>}
      </div>
      <dl class="figure-row">
        <div><dt>Type</dt><dd>{label('AgreementKind', agreement.kind)}</dd></div>
        <div><dt>Status</dt><dd>{label('AgreementStatus', agreement.status)}</dd></div>
        <div><dt>Periode</dt><dd>{date(agreement.period.start)} – {date(agreement.period.end)}</dd></div>
        <div><dt>Styrkeposition</dt><dd>{agreement.strengthArea || 'Ikke angivet'}</dd></div>
        <div><dt>Geografisk afgrænsning</dt><dd>{agreement.geographicScope || 'Ikke angivet'}</dd></div>
        <div><dt>Målgrupper</dt><dd>{targetGroups(agreement.targetGroups)}</dd></div>
      </dl>
      <Parties agreement={agreement} />
      <SignForm agreement={agreement} viewer={viewer} onSigned={reload} />
      <Amendments agreement={agreement} />
      <AmendmentDecisionForm agreement={agreement} viewer={viewer} onAnswered={reload} />
      {mayProposeAmendment(agreement, viewer) && <ProposeAmendmentForm agreement={agreement} onProposed={reload} />}
      <Kpis agreement={agreement} />
      {kpis.length > 0 && <MeasurementForm agreement={agreement} kpis={kpis} onSaved={reload} />}
      <Meetings agreement={agreement} />
      {isStaff(viewer) && <LogMeetingForm agreement={agreement} onLogged={reload} />}
      <Ledger agreement={agreement} />
      {isStaff(viewer) && (
        <>
          <CommitForm agreement={agreement} onSaved={reload} />
          <InvoiceForm agreement={agreement} onSaved={reload} />
          <PaymentForm agreement={agreement} onSaved={reload} />
        </>
      )}
    </>
  );
}

function Parties({ agreement }: { agreement: AgreementDetails }) {
  return (
    <section aria-labelledby="parties">
      <h2 id="parties">Parter og underskrifter</h2>
      <Table caption="Parter" head={['Organisation', 'Rolle', 'Underskrevet']}>
        {agreement.parties.map((p) => (
          <tr key={p.organisation.id}>
            <td><a href={`/organisationer/${p.organisation.id}`}>{p.organisation.name}</a></td>
            <td>{label('PartyRole', p.role)}</td>
            <td>{p.signedOn ? date(p.signedOn) : 'Ikke underskrevet'}</td>
          </tr>
        ))}
      </Table>
    </section>
  );
}

function Kpis({ agreement }: { agreement: AgreementDetails }) {
  return (
    <section aria-labelledby="kpis">
      <h2 id="kpis">KPI'er</h2>
      <Table caption="KPI'er" head={['KPI', 'Ansvarlig', 'Udgangspunkt', 'Seneste', 'Mål', 'Status']} numeric={[2, 3, 4]}>
        {agreement.kpis.map((k) => (
          <tr key={k.id}>
            <td>{k.name}</td>
            <td>{k.responsibleParty.name}</td>
            <td class="numeric">{figure(k.baseline)} {k.unit}</td>
            <td class="numeric">{k.latest ? `${figure(k.latest.value)} ${k.unit} (${k.latest.period}${k.latest.isCorrection ? ', rettet' : ''})` : 'Ingen endnu'}</td>
            <td class="numeric">{figure(k.target)} {k.unit} senest {date(k.targetDate)}</td>
            <td><span class={`badge badge-small ${kpiStatusBadge[k.status]}`}>{label('KpiStatus', k.status)}</span></td>
          </tr>
        ))}
      </Table>
      {agreement.kpis.filter((k) => k.series.length > 0).map((k) => (
        <section key={k.id} aria-labelledby={`kpi-${k.id}`}>
          <h3 id={`kpi-${k.id}`}>{k.name}</h3>
          <KpiChart kpi={k} id={`kpi-figures-${k.id}`} />
        </section>
      ))}
    </section>
  );
}

function Meetings({ agreement }: { agreement: AgreementDetails }) {
  const cadence = agreement.meetingCadence.at(-1);
  return (
    <section aria-labelledby="meetings">
      <h2 id="meetings">Møder</h2>
      <p>{cadence ? `Aftalt kadence: ${cadence.meetingsPerYear} møder om året fra ${date(cadence.effectiveFrom)}.` : 'Der er ikke aftalt en mødekadence.'}</p>
      <Table caption="Møder pr. år i forhold til kadencen" head={['År', 'Skal holdes', 'Holdt', 'Aflyst', 'Planlagt', 'Mangler']} numeric={[1, 2, 3, 4, 5]}>
        {agreement.meetingCompliance.map((y) => (
          <tr key={y.year}>
            <td>{y.year}</td><td class="numeric">{y.due}</td><td class="numeric">{y.held}</td><td class="numeric">{y.cancelled}</td>
            <td class="numeric">{y.upcoming}</td><td class="numeric">{y.shortfall}</td>
          </tr>
        ))}
      </Table>
      <Table caption="Mødelog" head={['Dato', 'Møde', 'Status', 'Deltagere', 'Beslutninger', 'Opfølgningspunkter']}>
        {[...agreement.meetings].sort((a, b) => b.date.localeCompare(a.date)).map((m) => (
          <tr key={m.id}>
            <td>{date(m.heldOn ?? m.date)}</td>
            <td>{m.title} <span class="form-hint">({label('MeetingKind', m.kind)})</span></td>
            <td>{label('MeetingStatus', m.status)}</td>
            <td>{m.attendees.map((a) => `${a.name} (${a.organisation.name})`).join(', ')}</td>
            <td>{m.decisions.join('; ')}</td>
            <td>{m.actionItems.map((i) => `${i.description} – ${i.responsible.name}${i.completedOn ? `, løst ${date(i.completedOn)}` : i.dueOn ? `, frist ${date(i.dueOn)}` : ''}`).join('; ')}</td>
          </tr>
        ))}
      </Table>
    </section>
  );
}

function Ledger({ agreement }: { agreement: AgreementDetails }) {
  const ledger = agreement.coFinancing;
  return (
    <section aria-labelledby="ledger">
      <h2 id="ledger">Medfinansiering</h2>
      <Table caption="Medfinansiering pr. part og år" head={['Part', 'År', 'Tilsagn', 'Faktureret', 'Betalt', 'Udestående', 'Forfaldent']} numeric={[2, 3, 4, 5, 6]}
        foot={['I alt', '', amount(ledger.committed), amount(ledger.invoiced), amount(ledger.paid), amount(ledger.outstanding), amount(ledger.overdue)]}>
        {ledger.lines.map((l) => (
          <tr key={`${l.party.id}-${l.year}`}>
            <td>{l.party.name}</td><td>{l.year}</td><td class="numeric">{amount(l.committed)}</td><td class="numeric">{amount(l.invoiced)}</td>
            <td class="numeric">{amount(l.paid)}</td><td class="numeric">{amount(l.outstanding)}</td><td class="numeric">{amount(l.overdue)}</td>
          </tr>
        ))}
      </Table>
    </section>
  );
}
