import { useState } from 'preact/hooks';
import { useQuery } from '../api/useQuery';
import { Alert } from '../components/Alert';
import { ShowMore } from '../components/ShowMore';
import { date } from '../format/danish';
import { graphql } from '../gql';
import type { AgreementFilter, AgreementKind, AgreementOrderField, AgreementStatus, KpiStatus, SortDirection } from '../gql/graphql';
import { label } from '../pageData';

const AgreementListDocument = graphql(`
  query AgreementList($filter: AgreementFilter, $orderBy: [AgreementOrder!], $first: Int!) {
    agreements(first: $first, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes { id title kind status period { start end } kpiHealth { atRisk offTrack } }
    }
  }
`);

type Order = { field: AgreementOrderField; direction: SortDirection };

const statuses: AgreementStatus[] = ['DRAFT', 'SIGNED_AWAITING_START', 'IN_FORCE', 'EXPIRED', 'TERMINATED'];
const kinds: AgreementKind[] = ['FRAMEWORK_AGREEMENT', 'STRATEGIC_ACTIVITY_AGREEMENT', 'PROJECT_AGREEMENT', 'CO_LOCATION_AGREEMENT', 'SHARED_EMPLOYEE_AGREEMENT', 'ECONOMIC_PARTNERSHIP'];
const kpiStatuses: KpiStatus[] = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_REPORTED'];
const orderFields: [AgreementOrderField, string][] = [['TITLE', 'Titel'], ['START', 'Start'], ['END', 'Slut'], ['STATUS', 'Status']];

/** How many agreements the list shows at first, and how many more each "Vis flere" adds. */
const pageSize = 25;

/** The agreements with the API's filters (status, kind, KPI status, title) and its sorting, a page at a time. */
export function AgreementList() {
  const [filter, setFilter] = useState<AgreementFilter>({});
  const [order, setOrder] = useState<Order>({ field: 'TITLE', direction: 'ASC' });
  const [first, setFirst] = useState(pageSize);
  const { data, error } = useQuery(AgreementListDocument, { filter, orderBy: [order], first });
  // A new filter or order starts again from the first page.
  const onFilter = (f: AgreementFilter) => { setFilter(f); setFirst(pageSize); };
  const onOrder = (o: Order) => { setOrder(o); setFirst(pageSize); };
  const choose = <K extends keyof AgreementFilter>(key: K, value: string) => onFilter({ ...filter, [key]: value === '' ? undefined : value });
  const agreements = data?.agreements;
  return (
    <>
      <form class="form-inline" onSubmit={(e) => e.preventDefault()} aria-label="Filtrér og sortér aftalerne">
        <div class="row">
          <Choice id="filter-status" label="Status" value={filter.status ?? ''} options={statuses.map((s) => [s, label('AgreementStatus', s)])} onChange={(v) => choose('status', v)} />
          <Choice id="filter-kind" label="Aftaletype" value={filter.kind ?? ''} options={kinds.map((k) => [k, label('AgreementKind', k)])} onChange={(v) => choose('kind', v)} />
          <Choice id="filter-kpi" label="Har KPI med status" value={filter.kpiStatus ?? ''} options={kpiStatuses.map((k) => [k, label('KpiStatus', k)])} onChange={(v) => choose('kpiStatus', v)} />
          <div class="form-group col-12 col-md-3">
            <label class="form-label" for="filter-title">Titel indeholder</label>
            <input class="form-input" id="filter-title" type="search" value={filter.titleContains ?? ''} onChange={(e) => choose('titleContains', e.currentTarget.value)} />
          </div>
          <Choice id="order-field" label="Sortér efter" value={order.field} all={false} options={orderFields} onChange={(v) => onOrder({ ...order, field: v as AgreementOrderField })} />
          <Choice id="order-direction" label="Rækkefølge" value={order.direction} all={false} options={[['ASC', 'Stigende'], ['DESC', 'Faldende']]} onChange={(v) => onOrder({ ...order, direction: v as SortDirection })} />
        </div>
      </form>
      {error && <Alert variant="error">{error.message}</Alert>}
      {!agreements && !error && <p aria-live="polite">Henter aftalerne …</p>}
      {agreements && (
        <>
          <div class="table--responsive-scroll" tabIndex={0} role="region" aria-label="Aftaler">
            <table class="table table--zebra">
              <thead>
                <tr><th scope="col">Titel</th><th scope="col">Type</th><th scope="col">Status</th><th scope="col">Periode</th><th scope="col" class="numeric">KPI'er i risiko eller bagud</th></tr>
              </thead>
              <tbody>
                {agreements.nodes.map((a) => (
                  <tr key={a.id}>
                    <td><a href={`/aftaler/${a.id}`}>{a.title}</a></td>
                    <td>{label('AgreementKind', a.kind)}</td>
                    <td>{label('AgreementStatus', a.status)}</td>
                    <td>{date(a.period.start)} – {date(a.period.end)}</td>
                    <td class="numeric">{a.kpiHealth.atRisk + a.kpiHealth.offTrack}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ShowMore shown={agreements.nodes.length} total={agreements.totalCount} noun="aftaler" onMore={() => setFirst(first + pageSize)} />
        </>
      )}
    </>
  );
}

type ChoiceProps = { id: string; label: string; value: string; options: [string, string][]; onChange: (value: string) => void; all?: boolean };

function Choice({ id, label: text, value, options, onChange, all = true }: ChoiceProps) {
  return (
    <div class="form-group col-12 col-md-3">
      <label class="form-label" for={id}>{text}</label>
      <select class="form-select" id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {all && <option value="">Alle</option>}
        {options.map(([v, t]) => <option key={v} value={v}>{t}</option>)}
      </select>
    </div>
  );
}
