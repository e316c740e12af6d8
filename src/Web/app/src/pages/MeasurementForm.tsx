import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { CommandForm, numberIn, useCommand } from '../components/CommandForm';
import { Choice, TextInput } from '../components/Inputs';
import { graphql } from '../gql';
import type { MeasurementInput, MeasurementQualifier, MeasurementSourceKind, ReportingFrequency } from '../gql/graphql';
import { label } from '../pageData';
import { actsFor, type Viewer } from '../viewer';
import type { AgreementDetails } from './AgreementPage';

const RecordMeasurementDocument = graphql(`
  mutation RecordMeasurement($input: MeasurementInput!) {
    recordMeasurement(input: $input) { agreement { version } }
  }
`);

const CorrectMeasurementDocument = graphql(`
  mutation CorrectMeasurement($input: MeasurementInput!) {
    correctMeasurement(input: $input) { agreement { version } }
  }
`);

const qualifiers: MeasurementQualifier[] = ['MEASURED', 'ESTIMATED', 'MINIMUM'];
const sourceKinds: MeasurementSourceKind[] = ['SECRETARIAT_COUNT', 'REGISTER', 'SURVEY', 'OTHER'];
const periodExample: Record<ReportingFrequency, string> = { YEARLY: '2025', HALF_YEARLY: '2025-H1', QUARTERLY: '2025-Q3', MONTHLY: '2025-03' };

const fieldIds: Record<string, string> = {
  'input.kpiId': 'measurement-kpi',
  'input.period': 'measurement-period',
  'input.value': 'measurement-value',
  'input.qualifier': 'measurement-qualifier',
  'input.source': 'measurement-source',
  'input.source.kind': 'measurement-source',
  'input.reportedById': 'measurement-kpi',
  'input.reason': 'measurement-reason',
};

type Kpi = AgreementDetails['kpis'][number];

/** The KPIs the viewer may report: staff all of them, a member those its organisation is responsible for. */
export const reportableKpis = (agreement: AgreementDetails, viewer: Viewer): Kpi[] =>
  agreement.kpis.filter((k) => actsFor(viewer, k.responsibleParty.id));

/** Report a KPI's figure for a period, or correct one already reported (the original stays in its history). */
export function MeasurementForm({ agreement, kpis, onSaved }: { agreement: AgreementDetails; kpis: Kpi[]; onSaved: () => void }) {
  const [correcting, setCorrecting] = useState(false);
  const [kpiId, setKpiId] = useState(kpis[0]!.id);
  const [period, setPeriod] = useState('');
  const [value, setValue] = useState('');
  const [qualifier, setQualifier] = useState<MeasurementQualifier>('MEASURED');
  const [sourceKind, setSourceKind] = useState<MeasurementSourceKind>('SECRETARIAT_COUNT');
  const [reason, setReason] = useState('');
  const command = useCommand(fieldIds, 'Målingen blev ikke gemt. Prøv igen.');
  const kpi = kpis.find((k) => k.id === kpiId) ?? kpis[0]!;
  const periodHint = `Skrives fx ${periodExample[kpi.reportingFrequency]} (${label('ReportingFrequency', kpi.reportingFrequency).toLowerCase()})`;

  const submit = async () => {
    const saved = await command.send(() => {
      const input: MeasurementInput = {
        agreementId: agreement.id,
        expectedVersion: agreement.version,
        kpiId: kpi.id,
        period: period.trim(),
        value: numberIn(value, 'input.value'),
        qualifier,
        source: { kind: sourceKind },
        reportedById: kpi.responsibleParty.id,
        reason: reason.trim() || undefined,
      };
      return correcting ? request(CorrectMeasurementDocument, { input }) : request(RecordMeasurementDocument, { input });
    }, `${kpi.name} for ${period.trim()} er ${correcting ? 'rettet' : 'indrapporteret'}.`);
    if (saved) {
      setValue('');
      setReason('');
      onSaved();
    }
  };

  return (
    <CommandForm id="measurement" title="Indrapportér en måling" command={command} submit={correcting ? 'Ret målingen' : 'Indrapportér målingen'} onSubmit={submit}>
      <Choice id="measurement-action" label="Ny måling eller rettelse" value={correcting ? 'correct' : 'record'} onValue={(v) => setCorrecting(v === 'correct')}
        options={[{ value: 'record', text: 'Ny måling for en periode' }, { value: 'correct', text: 'Ret en måling, der allerede er indrapporteret' }]} />
      <Choice id="measurement-kpi" label="KPI" value={kpi.id} onValue={setKpiId} error={command.errorOf('input.kpiId')}
        options={kpis.map((k) => ({ value: k.id, text: `${k.name} (${k.responsibleParty.name})` }))} />
      <TextInput id="measurement-period" label="Periode" hint={periodHint} width="small" value={period} onValue={setPeriod} error={command.errorOf('input.period')} />
      <TextInput id="measurement-value" label={`Værdi (${kpi.unit})`} hint="Fx 1.234,5" inputMode="decimal" width="medium" value={value} onValue={setValue}
        error={command.errorOf('input.value')} />
      <Choice id="measurement-qualifier" label="Målingens art" value={qualifier} onValue={(v) => setQualifier(v as MeasurementQualifier)}
        error={command.errorOf('input.qualifier')} options={qualifiers.map((q) => ({ value: q, text: label('MeasurementQualifier', q) }))} />
      <Choice id="measurement-source" label="Kilde" value={sourceKind} onValue={(v) => setSourceKind(v as MeasurementSourceKind)}
        error={command.errorOf('input.source')} options={sourceKinds.map((s) => ({ value: s, text: label('MeasurementSourceKind', s) }))} />
      {correcting && <TextInput id="measurement-reason" label="Hvorfor rettes målingen?" multiline value={reason} onValue={setReason} error={command.errorOf('input.reason')} />}
    </CommandForm>
  );
}
