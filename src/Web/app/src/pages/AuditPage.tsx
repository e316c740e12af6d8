import { useState } from 'preact/hooks';
import { Refused, request, type Problem } from '../api/client';
import { useQuery } from '../api/useQuery';
import { Alert } from '../components/Alert';
import { DateInput, dateIn } from '../components/DateInput';
import { Table } from '../components/Table';
import { amount, date, figure, moment } from '../format/danish';
import { graphql } from '../gql';
import type { AgreementAsOfQuery, AgreementChangesQuery, IntegrityQuery } from '../gql/graphql';
import { label, today } from '../pageData';
import { EvidenceSection } from './EvidenceSection';
import { NotFoundPage } from './NotFoundPage';

const TimelineDocument = graphql(`
  query AuditTimeline($id: ID!, $after: String) {
    agreement(id: $id) { id title period { start } }
    timeline(streamId: $id, first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { position version event summary occurredAt actor reason hash changes { field before after } }
    }
  }
`);

const AsOfDocument = graphql(`
  query AgreementAsOf($id: ID!, $date: Date!) {
    agreementAsOf(id: $id, date: $date) {
      title status version
      period { start end }
      parties { role signedOn organisation { id name } }
      kpis { id name unit target series { period value } }
      coFinancing { committed invoiced paid outstanding }
    }
  }
`);

const ChangesDocument = graphql(`
  query AgreementChanges($id: ID!, $from: Date!, $to: Date!) {
    agreementChanges(id: $id, from: $from, to: $to) {
      changes { field before after }
      events { version summary occurredAt actor }
    }
  }
`);

const IntegrityDocument = graphql(`
  query Integrity {
    verifyHistory { intact eventsVerified firstBrokenLink { streamId version position problem } }
  }
`);

/** What an auditor needs of one agreement: its history event by event, its state on any day, what changed between two days, and the proof. */
export function AuditPage({ id }: { id: string }) {
  const { data, error } = useQuery(TimelineDocument, { id });
  if (error)
    return <Alert variant="error">{error.message}</Alert>;
  if (!data)
    return <p aria-live="polite">Henter historikken …</p>;
  if (!data.agreement)
    return <NotFoundPage />;
  return (
    <>
      <h1>Revision: {data.agreement.title}</h1>
      <p><a href={`/aftaler/${id}`}>Tilbage til aftalen</a></p>
      <AsOf id={id} />
      <Changes id={id} from={data.agreement.period.start} />
      <Integrity />
      <EvidenceSection id={id} />
      <section aria-labelledby="timeline">
        <h2 id="timeline">Tidslinje</h2>
        <p>{data.timeline.totalCount} hændelser, ældste først{data.timeline.pageInfo.hasNextPage ? '; de første 100 vises' : ''}.</p>
        <Table caption="Tidslinje" head={['Tidspunkt', 'Hvem', 'Hvad', 'Hvorfor', 'Ændrede felter', 'Hash']}>
          {data.timeline.nodes.map((e) => (
            <tr key={e.position}>
              <td>{moment(e.occurredAt)}</td>
              <td>{e.actor}</td>
              <td>{e.summary}</td>
              <td>{e.reason ?? ''}</td>
              <td>{e.changes.map((c) => <div key={c.field}>{c.field}: {c.before ?? '–'} → {c.after ?? '–'}</div>)}</td>
              <td><code class="hash">{e.hash}</code></td>
            </tr>
          ))}
        </Table>
      </section>
    </>
  );
}

function AsOf({ id }: { id: string }) {
  const [day, setDay] = useState(today);
  const [shown, setShown] = useState<{ day: string; agreement: AgreementAsOfQuery['agreementAsOf'] }>();
  const [problem, setProblem] = useState<string>();
  const show = async (event: Event) => {
    event.preventDefault();
    try {
      const asOf = dateIn(day, 'date');
      setShown({ day: asOf, agreement: (await request(AsOfDocument, { id, date: asOf })).agreementAsOf });
      setProblem(undefined);
    } catch (error) {
      setProblem(error instanceof Refused ? error.message : 'Aftalen kunne ikke hentes for den dag.');
    }
  };
  const agreement = shown?.agreement;
  return (
    <section aria-labelledby="as-of">
      <h2 id="as-of">Aftalen på en bestemt dag</h2>
      <form onSubmit={show} class="mb-5">
        <DateInput id="as-of-date" label="Dato" value={day} onValue={setDay} error={problem} />
        <button type="submit" class="button button-secondary">Vis aftalen den dag</button>
      </form>
      <div aria-live="polite">
        {shown && !agreement && <p>Aftalen fandtes ikke endnu den {date(shown.day)}.</p>}
        {shown && agreement && (
          <>
            <h3>Sådan stod aftalen ved udgangen af {date(shown.day)} (version {agreement.version})</h3>
            <p>{label('AgreementStatus', agreement.status)} · {date(agreement.period.start)} – {date(agreement.period.end)} · tilsagn {amount(agreement.coFinancing.committed)}, betalt {amount(agreement.coFinancing.paid)}</p>
            <Table caption={`KPI'er den ${date(shown.day)}`} head={['KPI', 'Tal pr. periode, som de stod', 'Mål']} numeric={[2]}>
              {agreement.kpis.map((k) => (
                <tr key={k.id}>
                  <td>{k.name}</td>
                  <td>{k.series.length === 0 ? 'Ingen endnu' : k.series.map((p) => `${p.period}: ${figure(p.value)}`).join(' · ')}</td>
                  <td class="numeric">{figure(k.target)} {k.unit}</td>
                </tr>
              ))}
            </Table>
          </>
        )}
      </div>
    </section>
  );
}

function Changes({ id, from: start }: { id: string; from: string }) {
  const [from, setFrom] = useState(start);
  const [to, setTo] = useState(today);
  const [changes, setChanges] = useState<AgreementChangesQuery['agreementChanges']>();
  const [problem, setProblem] = useState<Problem>();
  const show = async (event: Event) => {
    event.preventDefault();
    try {
      setChanges((await request(ChangesDocument, { id, from: dateIn(from, 'from'), to: dateIn(to, 'to') })).agreementChanges);
      setProblem(undefined);
    } catch (error) {
      setProblem(error instanceof Refused ? error.problems[0] : { message: 'Ændringerne kunne ikke hentes.' });
    }
  };
  const errorOf = (field: string) => (problem && (problem.field === field || (field === 'from' && problem.field !== 'to')) ? problem.message : undefined);
  return (
    <section aria-labelledby="changes">
      <h2 id="changes">Ændringer mellem to datoer</h2>
      <form onSubmit={show} class="mb-5">
        <DateInput id="changes-from" label="Fra og med" value={from} onValue={setFrom} error={errorOf('from')} />
        <DateInput id="changes-to" label="Til og med" value={to} onValue={setTo} error={errorOf('to')} />
        <button type="submit" class="button button-secondary">Vis ændringerne</button>
      </form>
      <div aria-live="polite">
        {changes && (changes.changes.length === 0 ? <p>Intet blev ændret i perioden.</p> : (
          <Table caption="Ændrede felter" head={['Felt', 'Før', 'Efter']}>
            {changes.changes.map((c) => <tr key={c.field}><td>{c.field}</td><td>{c.before ?? '–'}</td><td>{c.after ?? '–'}</td></tr>)}
          </Table>
        ))}
      </div>
    </section>
  );
}

function Integrity() {
  const [report, setReport] = useState<IntegrityQuery['verifyHistory']>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const check = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      setReport((await request(IntegrityDocument)).verifyHistory);
    } catch (error) {
      // A member may open their own agreement's history, but the proof covers every agreement: the server says no.
      setReport(undefined);
      setProblem(error instanceof Refused ? error.message : 'Historikken kunne ikke kontrolleres. Prøv igen om lidt.');
    } finally {
      setBusy(false);
    }
  };
  const broken = report?.firstBrokenLink;
  return (
    <section aria-labelledby="integrity">
      <h2 id="integrity">Integritet</h2>
      <p>Genberegner hash-kæden over hele historikken og siger, om noget er ændret eller slettet bag systemets ryg.</p>
      <button type="button" class="button button-secondary" onClick={() => void check()} disabled={busy}>Kontrollér historikken</button>
      <div aria-live="polite">
        {problem && <Alert variant="error" classes="mt-5">{problem}</Alert>}
        {report && (report.intact ? (
          <Alert variant="success" classes="mt-5">Historikken er intakt: {report.eventsVerified} hændelser er kontrolleret, og ingen er ændret eller slettet.</Alert>
        ) : (
          <Alert variant="error" classes="mt-5">
            Historikken er brudt{broken ? ` ved version ${broken.version} af strøm ${broken.streamId}: ${broken.problem}` : ''}. {report.eventsVerified} hændelser blev kontrolleret.
          </Alert>
        ))}
      </div>
    </section>
  );
}
