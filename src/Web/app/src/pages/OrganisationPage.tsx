import { useQuery } from '../api/useQuery';
import { Alert } from '../components/Alert';
import { Table } from '../components/Table';
import { amount, date, figure, moment } from '../format/danish';
import { kpiStatusBadge } from '../format/kpiBadges';
import { graphql } from '../gql';
import { label } from '../pageData';
import { NotFoundPage } from './NotFoundPage';

const OrganisationPageDocument = graphql(`
  query OrganisationPage($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      cvrNumber
      portfolio {
        activeAgreementCount
        committedTotal invoicedTotal paidTotal outstandingTotal overdueTotal
        kpiHealth { achieved onTrack atRisk offTrack notReported }
        agreements {
          id title status period { end }
          kpis { id name unit target status latest { value period } responsibleParty { name } }
          coFinancing { lines { year committed invoiced paid outstanding overdue party { id } } }
        }
      }
    }
    notifications(organisationId: $id, first: 20) { id kind message createdAt agreement { id title } }
  }
`);

export function OrganisationPage({ id }: { id: string }) {
  return <OrganisationOverview id={id} />;
}

/** A municipality's or cluster's own page: its agreements, the KPIs it pays for, its money, and what it should act on. */
export function OrganisationOverview({ id }: { id: string }) {
  const { data, error } = useQuery(OrganisationPageDocument, { id });
  if (error)
    return <Alert variant="error">{error.message}</Alert>;
  if (!data)
    return <p aria-live="polite">Henter organisationen …</p>;
  const organisation = data.organisation;
  if (!organisation)
    return <NotFoundPage />;
  const portfolio = organisation.portfolio;
  const ownLines = portfolio.agreements.flatMap((a) => a.coFinancing.lines.filter((l) => l.party.id === organisation.id).map((l) => ({ ...l, agreement: a })));
  return (
    <>
      <h1>{organisation.name}</h1>
      <p>{label('OrganisationKind', organisation.kind)}{organisation.cvrNumber && ` · CVR ${organisation.cvrNumber}`}</p>
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
        <Table caption="KPI'er i organisationens aftaler" head={['Aftale', 'KPI', 'Ansvarlig', 'Seneste', 'Mål', 'Status']} numeric={[3, 4]}>
          {portfolio.agreements.flatMap((a) => a.kpis.map((k) => (
            <tr key={k.id}>
              <td><a href={`/aftaler/${a.id}`}>{a.title}</a></td>
              <td>{k.name}</td>
              <td>{k.responsibleParty.name}</td>
              <td class="numeric">{k.latest ? `${figure(k.latest.value)} ${k.unit} (${k.latest.period})` : 'Ingen endnu'}</td>
              <td class="numeric">{figure(k.target)} {k.unit}</td>
              <td><span class={`badge badge-small ${kpiStatusBadge[k.status]}`}>{label('KpiStatus', k.status)}</span></td>
            </tr>
          )))}
        </Table>
      </section>
      <section aria-labelledby="payments">
        <h2 id="payments">Medfinansiering</h2>
        <Table caption="Organisationens medfinansiering pr. aftale og år" head={['Aftale', 'År', 'Tilsagn', 'Faktureret', 'Betalt', 'Udestående', 'Forfaldent']} numeric={[2, 3, 4, 5, 6]}
          foot={['I alt', '', amount(portfolio.committedTotal), amount(portfolio.invoicedTotal), amount(portfolio.paidTotal), amount(portfolio.outstandingTotal), amount(portfolio.overdueTotal)]}>
          {ownLines.map((l) => (
            <tr key={`${l.agreement.id}-${l.year}`}>
              <td><a href={`/aftaler/${l.agreement.id}`}>{l.agreement.title}</a></td><td>{l.year}</td>
              <td class="numeric">{amount(l.committed)}</td><td class="numeric">{amount(l.invoiced)}</td><td class="numeric">{amount(l.paid)}</td>
              <td class="numeric">{amount(l.outstanding)}</td><td class="numeric">{amount(l.overdue)}</td>
            </tr>
          ))}
        </Table>
      </section>
      <section aria-labelledby="agreements">
        <h2 id="agreements">Aftaler</h2>
        <ul>
          {portfolio.agreements.map((a) => <li key={a.id}><a href={`/aftaler/${a.id}`}>{a.title}</a> · {label('AgreementStatus', a.status)} · til {date(a.period.end)}</li>)}
        </ul>
      </section>
    </>
  );
}
