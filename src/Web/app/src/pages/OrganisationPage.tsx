import { useEffect, useState } from 'preact/hooks';
import { listen } from '../api/live';
import { useQuery } from '../api/useQuery';
import { ShowMore } from '../components/ShowMore';
import { Alert } from '../components/Alert';
import { Table } from '../components/Table';
import { amount, date, figure, moment } from '../format/danish';
import { kpiStatusBadge } from '../format/kpiBadges';
import { graphql } from '../gql';
import type { OrganisationPageQuery } from '../gql/graphql';
import { label } from '../pageData';
import { NotFoundPage } from './NotFoundPage';

const OrganisationPageDocument = graphql(`
  query OrganisationPage($id: ID!, $kpis: Int!, $ledger: Int!, $agreements: Int!) {
    organisation(id: $id) {
      id
      name
      kind
      cvrNumber
      portfolio {
        activeAgreementCount
        committedTotal invoicedTotal paidTotal outstandingTotal overdueTotal
        kpiHealth { achieved onTrack atRisk offTrack notReported }
        kpis(first: $kpis) {
          totalCount
          nodes {
            id name status latestValue latestPeriod
            kpi { unit target responsibleParty { name } }
            agreement { id title }
          }
        }
        ledger(first: $ledger) {
          totalCount
          nodes { year committed invoiced paid outstanding overdue agreement { id title } }
        }
        agreements(first: $agreements) {
          totalCount
          nodes { id title status period { end } }
        }
      }
    }
    notifications(organisationId: $id, first: 20) { id kind message createdAt agreement { id title } }
  }
`);

const OrganisationAgreementChangedDocument = graphql(`
  subscription OrganisationAgreementChanged($id: ID!) {
    agreementChanged(id: $id) { agreement { title } entry { actor summary } }
  }
`);

/** How many rows of each list the page shows at first, and how many more each "show more" adds. */
const pageSize = 25;

export function OrganisationPage({ id }: { id: string }) {
  return <OrganisationOverview id={id} />;
}

/** A municipality's or cluster's own page: its agreements, the KPIs it pays for, its money, and what it should act on. */
export function OrganisationOverview({ id }: { id: string }) {
  const [shown, setShown] = useState({ kpis: pageSize, ledger: pageSize, agreements: pageSize });
  const { data, error, reload } = useQuery(OrganisationPageDocument, { id, ...shown });
  const more = (list: keyof typeof shown) => () => setShown({ ...shown, [list]: shown[list] + pageSize });
  const [news, setNews] = useState<string>();
  const watched = data?.organisation ? shownAgreements(data.organisation.portfolio).join(' ') : '';
  useEffect(() => {
    const stops = watched.split(' ').filter(Boolean).map((agreement) =>
      listen(OrganisationAgreementChangedDocument, { id: agreement }, ({ agreementChanged: change }) => {
        setNews(`${change.agreement.title}: ${change.entry.actor}: ${change.entry.summary}`);
        reload();
      }));
    return () => stops.forEach((stop) => stop());
  }, [watched, reload]);
  if (error)
    return (
      <>
        <h1>{error.problems.some((p) => p.code === 'FORBIDDEN') ? 'Ingen adgang til organisationens side' : 'Organisationens side kunne ikke vises'}</h1>
        <Alert variant="error">{error.message}</Alert>
      </>
    );
  if (!data)
    return <p aria-live="polite">Henter organisationen …</p>;
  const organisation = data.organisation;
  if (!organisation)
    return <NotFoundPage />;
  const { kpis, ledger, agreements, ...portfolio } = organisation.portfolio;
  return (
    <>
      <h1>{organisation.name}</h1>
      <p>{label('OrganisationKind', organisation.kind)}{organisation.cvrNumber && ` · CVR ${organisation.cvrNumber}`}</p>
      <div aria-live="polite">
        {news && <Alert variant="info">Opdateret lige nu: {news}</Alert>}
      </div>
      <dl class="figure-row">
        <div><dt>Aftaler i kraft</dt><dd class="figure">{portfolio.activeAgreementCount}</dd></div>
        <div><dt>Tilsagn i alt</dt><dd class="figure">{amount(portfolio.committedTotal)}</dd></div>
        <div><dt>Betalt</dt><dd class="figure">{amount(portfolio.paidTotal)}</dd></div>
        <div><dt>Skylder</dt><dd class="figure">{amount(portfolio.outstandingTotal)}</dd></div>
        <div><dt>Heraf forfaldent</dt><dd class="figure">{amount(portfolio.overdueTotal)}</dd></div>
      </dl>
      <section aria-labelledby="notifications">
        <h2 id="notifications">Meddelelser</h2>
        {data.notifications.length === 0 ? <p>Ingen meddelelser.</p> : (
          <ul>
            {data.notifications.map((n) => (
              <li key={n.id}>
                <strong>{label('NotificationKind', n.kind)}</strong> ({moment(n.createdAt)}): {n.message}
                {n.agreement && <> · <a href={`/aftaler/${n.agreement.id}`}>{n.agreement.title}</a></>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="kpi-fulfilment">
        <h2 id="kpi-fulfilment">KPI-opfyldelse</h2>
        <p>
          {portfolio.kpiHealth.offTrack} bagud, {portfolio.kpiHealth.atRisk} i risiko, {portfolio.kpiHealth.notReported} ikke indberettet,{' '}
          {portfolio.kpiHealth.onTrack} på sporet og {portfolio.kpiHealth.achieved} nået. De KPI'er, der kræver opmærksomhed, står først.
        </p>
        <Table caption="KPI'er i organisationens aftaler" head={['Aftale', 'KPI', 'Ansvarlig', 'Seneste', 'Mål', 'Status']} numeric={[3, 4]}>
          {kpis.nodes.map((k) => (
            <tr key={k.id}>
              <td><a href={`/aftaler/${k.agreement.id}`}>{k.agreement.title}</a></td>
              <td>{k.name}</td>
              <td>{k.kpi.responsibleParty.name}</td>
              <td class="numeric">{k.latestValue != null ? `${figure(k.latestValue)} ${k.kpi.unit} (${k.latestPeriod})` : 'Ingen endnu'}</td>
              <td class="numeric">{figure(k.kpi.target)} {k.kpi.unit}</td>
              <td><span class={`badge badge-small ${kpiStatusBadge[k.status]}`}>{label('KpiStatus', k.status)}</span></td>
            </tr>
          ))}
        </Table>
        <ShowMore shown={kpis.nodes.length} total={kpis.totalCount} noun="KPI'er" onMore={more('kpis')} />
      </section>
      <section aria-labelledby="payments">
        <h2 id="payments">Medfinansiering</h2>
        <Table caption="Organisationens medfinansiering pr. aftale og år" head={['Aftale', 'År', 'Tilsagn', 'Faktureret', 'Betalt', 'Udestående', 'Forfaldent']} numeric={[2, 3, 4, 5, 6]}
          foot={['I alt', '', amount(portfolio.committedTotal), amount(portfolio.invoicedTotal), amount(portfolio.paidTotal), amount(portfolio.outstandingTotal), amount(portfolio.overdueTotal)]}>
          {ledger.nodes.map((l) => (
            <tr key={`${l.agreement.id}-${l.year}`}>
              <td><a href={`/aftaler/${l.agreement.id}`}>{l.agreement.title}</a></td><td>{l.year}</td>
              <td class="numeric">{amount(l.committed)}</td><td class="numeric">{amount(l.invoiced)}</td><td class="numeric">{amount(l.paid)}</td>
              <td class="numeric">{amount(l.outstanding)}</td><td class="numeric">{amount(l.overdue)}</td>
            </tr>
          ))}
        </Table>
        <ShowMore shown={ledger.nodes.length} total={ledger.totalCount} noun="linjer" onMore={more('ledger')} />
      </section>
      <section aria-labelledby="agreements">
        <h2 id="agreements">Aftaler</h2>
        <ul>
          {agreements.nodes.map((a) => <li key={a.id}><a href={`/aftaler/${a.id}`}>{a.title}</a> · {label('AgreementStatus', a.status)} · til {date(a.period.end)}</li>)}
        </ul>
        <ShowMore shown={agreements.nodes.length} total={agreements.totalCount} noun="aftaler" onMore={more('agreements')} />
      </section>
    </>
  );
}

/**
 * The agreements the page shows something of, whose changes it listens for. The subscription is per agreement, so a
 * change to one the page does not show (beyond the rows shown, or made after the page opened) is not heard, though the
 * totals count it.
 */
function shownAgreements(portfolio: NonNullable<OrganisationPageQuery['organisation']>['portfolio']): string[] {
  const ids = [
    ...portfolio.agreements.nodes.map((a) => a.id),
    ...portfolio.kpis.nodes.map((k) => k.agreement.id),
    ...portfolio.ledger.nodes.map((l) => l.agreement.id),
  ];
  return [...new Set(ids)].sort();
}
