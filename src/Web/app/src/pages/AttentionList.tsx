import { useState } from 'preact/hooks';
import { useQuery } from '../api/useQuery';
import { Alert } from '../components/Alert';
import { ShowMore } from '../components/ShowMore';
import { graphql } from '../gql';
import type { AgreementFilter, AgreementOrderField, AttentionListQuery } from '../gql/graphql';

const AttentionListDocument = graphql(`
  query AttentionList($filter: AgreementFilter!, $order: AgreementOrderField!, $first: Int!) {
    agreements(first: $first, filter: $filter, orderBy: [{ field: $order }]) {
      totalCount
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
  }
`);

export type Attention = AttentionListQuery['agreements']['nodes'][number];

/** How many agreements a list shows at first, and how many more each "Vis flere" adds. */
const pageSize = 10;

type Props = { title: string; filter: AgreementFilter; order?: AgreementOrderField; describe: (a: Attention) => string };

/** The agreements the server finds for one kind of attention, all of them counted, a page at a time. */
export function AttentionList({ title, filter, order = 'TITLE', describe }: Props) {
  const [first, setFirst] = useState(pageSize);
  const { data, error } = useQuery(AttentionListDocument, { filter, order, first });
  const agreements = data?.agreements;
  return (
    <section class="attention-list" aria-label={title}>
      <h3>{title} {agreements && <span class="badge badge-small">{agreements.totalCount}</span>}</h3>
      {error && <Alert variant="error">{error.message}</Alert>}
      {!agreements && !error && <p aria-live="polite">Henter aftalerne …</p>}
      {agreements && (agreements.totalCount === 0 ? (
        <p>Ingen lige nu.</p>
      ) : (
        <>
          <ul>
            {agreements.nodes.map((a) => (
              <li key={a.id}><a href={`/aftaler/${a.id}`}>{a.title}</a>: {describe(a)}</li>
            ))}
          </ul>
          <ShowMore shown={agreements.nodes.length} total={agreements.totalCount} noun="aftaler" onMore={() => setFirst(first + pageSize)} />
        </>
      ))}
    </section>
  );
}
