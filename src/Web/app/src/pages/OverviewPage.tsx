import { useState } from 'preact/hooks';
import { useQuery } from '../api/useQuery';
import { Alert } from '../components/Alert';
import { amount, date, daysBetween } from '../format/danish';
import { graphql } from '../gql';
import type { AgreementFilter, AgreementOrderField, OverviewQuery, SortDirection } from '../gql/graphql';
import { today } from '../pageData';
import { AgreementList } from './AgreementList';

const OverviewDocument = graphql(`
  query Overview($filter: AgreementFilter, $orderBy: [AgreementOrder!]) {
    attention: agreements(first: 100, filter: { status: IN_FORCE }) {
      nodes {
        id
        title
        period { end }
        kpiHealth { atRisk offTrack }
        coFinancing { overdue }
        meetingCompliance { year shortfall }
        amendments { id summary inEffect rejectedBy { id } }
      }
    }
    agreements(first: 100, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes { id title kind status period { start end } kpiHealth { atRisk offTrack } }
    }
  }
`);

type Attention = OverviewQuery['attention']['nodes'][number];

/** What needs attention now, each item linking to its agreement; then every agreement, filtered and sorted as the API offers. */
export function OverviewPage() {
  const [filter, setFilter] = useState<AgreementFilter>({});
  const [order, setOrder] = useState<{ field: AgreementOrderField; direction: SortDirection }>({ field: 'TITLE', direction: 'ASC' });
  const { data, error } = useQuery(OverviewDocument, { filter, orderBy: [order] });
  return (
    <>
      <h1>Overblik</h1>
      {error && <Alert variant="error">{error.message}</Alert>}
      {!data && !error && <p aria-live="polite">Henter aftalerne …</p>}
      {data && (
        <>
          <h2>Kræver opmærksomhed</h2>
          <AttentionList title="KPI'er i risiko eller bagud" items={data.attention.nodes.filter((a) => a.kpiHealth.atRisk + a.kpiHealth.offTrack > 0)}
            describe={(a) => `${a.kpiHealth.atRisk} i risiko, ${a.kpiHealth.offTrack} bagud`} />
          <AttentionList title="Forfaldne betalinger" items={data.attention.nodes.filter((a) => a.coFinancing.overdue > 0)}
            describe={(a) => `${amount(a.coFinancing.overdue)} forfaldent`} />
          <AttentionList title="Møder bagud i forhold til aftalt kadence" items={data.attention.nodes.filter((a) => (a.meetingCompliance.at(-1)?.shortfall ?? 0) > 0)}
            describe={(a) => `${a.meetingCompliance.at(-1)!.shortfall} møder mangler i ${a.meetingCompliance.at(-1)!.year}`} />
          <AttentionList title="Aftaler der udløber inden for 90 dage" items={data.attention.nodes.filter((a) => daysBetween(today, a.period.end) <= 90)}
            describe={(a) => `udløber ${date(a.period.end)}`} />
          <AttentionList title="Tillæg der venter på accept" items={data.attention.nodes.filter((a) => a.amendments.some((m) => !m.inEffect && !m.rejectedBy))}
            describe={(a) => a.amendments.filter((m) => !m.inEffect && !m.rejectedBy).map((m) => m.summary).join('; ')} />
          <h2>Alle aftaler</h2>
          <AgreementList agreements={data.agreements.nodes} total={data.agreements.totalCount} filter={filter} onFilter={setFilter} order={order} onOrder={setOrder} />
        </>
      )}
    </>
  );
}

function AttentionList({ title, items, describe }: { title: string; items: Attention[]; describe: (a: Attention) => string }) {
  return (
    <section class="attention-list" aria-label={title}>
      <h3>{title} <span class="badge badge-small">{items.length}</span></h3>
      {items.length === 0 ? (
        <p>Ingen lige nu.</p>
      ) : (
        <ul>
          {items.map((a) => (
            <li key={a.id}><a href={`/aftaler/${a.id}`}>{a.title}</a>: {describe(a)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

