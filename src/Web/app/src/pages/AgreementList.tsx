import { date } from '../format/danish';
import type { AgreementFilter, AgreementKind, AgreementOrderField, AgreementStatus, KpiStatus, OverviewQuery, SortDirection } from '../gql/graphql';
import { label } from '../pageData';

type Row = OverviewQuery['agreements']['nodes'][number];
type Order = { field: AgreementOrderField; direction: SortDirection };

const statuses: AgreementStatus[] = ['DRAFT', 'SIGNED_AWAITING_START', 'IN_FORCE', 'EXPIRED', 'TERMINATED'];
const kinds: AgreementKind[] = ['FRAMEWORK_AGREEMENT', 'STRATEGIC_ACTIVITY_AGREEMENT', 'PROJECT_AGREEMENT', 'CO_LOCATION_AGREEMENT', 'SHARED_EMPLOYEE_AGREEMENT', 'ECONOMIC_PARTNERSHIP'];
const kpiStatuses: KpiStatus[] = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_REPORTED'];
const orderFields: [AgreementOrderField, string][] = [['TITLE', 'Titel'], ['START', 'Start'], ['END', 'Slut'], ['STATUS', 'Status']];

type Props = { agreements: Row[]; total: number; filter: AgreementFilter; onFilter: (f: AgreementFilter) => void; order: Order; onOrder: (o: Order) => void };

/** The agreements with the API's filters (status, kind, KPI status, title) and its sorting. */
export function AgreementList({ agreements, total, filter, onFilter, order, onOrder }: Props) {
  const choose = <K extends keyof AgreementFilter>(key: K, value: string) => onFilter({ ...filter, [key]: value === '' ? undefined : value });
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
      <p aria-live="polite">{total === 1 ? '1 aftale' : `${total} aftaler`}</p>
      <div class="table--responsive-scroll" tabIndex={0} role="region" aria-label="Aftaler">
        <table class="table table--zebra">
          <thead>
            <tr><th scope="col">Titel</th><th scope="col">Type</th><th scope="col">Status</th><th scope="col">Periode</th><th scope="col" class="numeric">KPI'er i risiko eller bagud</th></tr>
          </thead>
          <tbody>
            {agreements.map((a) => (
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
