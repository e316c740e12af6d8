import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { CommandForm, useCommand } from '../components/CommandForm';
import { DateInput, dateIn } from '../components/DateInput';
import { Choice, TextInput } from '../components/Inputs';
import { graphql } from '../gql';
import type { MeetingKind } from '../gql/graphql';
import { label, today } from '../pageData';
import type { AgreementDetails } from './AgreementPage';

const LogMeetingDocument = graphql(`
  mutation LogMeeting($input: LogMeetingInput!) {
    logMeeting(input: $input) { agreement { version } }
  }
`);

const kinds: MeetingKind[] = ['COORDINATION', 'STEERING', 'STATUS', 'EVALUATION', 'OTHER'];

/** The server's names for the fields, and the ids of the controls that hold them. */
const fieldIds: Record<string, string> = {
  'input.title': 'meeting-title',
  'input.heldOn': 'meeting-held-on',
  'input.kind': 'meeting-kind',
  'input.attendees': 'meeting-attendee-name',
  'input.attendees[0].name': 'meeting-attendee-name',
  'input.attendees[0].organisationId': 'meeting-attendee-organisation',
  'input.minutes': 'meeting-minutes',
  'input.decisions': 'meeting-decisions',
};

/** Log a held meeting: what staff do between two other tasks. A refusal shows in the error summary, the field marked. */
export function LogMeetingForm({ agreement, onLogged }: { agreement: AgreementDetails; onLogged: () => void }) {
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState(today);
  const [kind, setKind] = useState<MeetingKind>('COORDINATION');
  const [attendee, setAttendee] = useState(agreement.parties[0]?.organisation.id ?? '');
  const [attendeeName, setAttendeeName] = useState('');
  const [minutes, setMinutes] = useState('');
  const [decisions, setDecisions] = useState('');
  const command = useCommand(fieldIds, 'Mødet blev ikke logget. Prøv igen.');

  const submit = async () => {
    const logged = await command.send(() => request(LogMeetingDocument, {
      input: {
        agreementId: agreement.id,
        expectedVersion: agreement.version,
        title,
        heldOn: dateIn(heldOn, 'input.heldOn'),
        kind,
        attendees: attendeeName.trim() ? [{ name: attendeeName, organisationId: attendee }] : [],
        minutes: minutes.trim() || undefined,
        decisions: decisions.split('\n').map((d) => d.trim()).filter(Boolean),
      },
    }), `Mødet "${title}" er logget.`);
    if (logged) {
      setTitle('');
      setMinutes('');
      setDecisions('');
      onLogged();
    }
  };

  return (
    <CommandForm id="log-meeting" title="Log et møde" command={command} submit="Log mødet" onSubmit={() => void submit()}>
      <TextInput id="meeting-title" label="Titel" value={title} onValue={setTitle} error={command.errorOf('input.title')} />
      <DateInput id="meeting-held-on" label="Afholdt den" hint="Fx 31 03 2025" value={heldOn} onValue={setHeldOn} error={command.errorOf('input.heldOn')} />
      <Choice id="meeting-kind" label="Mødetype" value={kind} onValue={(v) => setKind(v as MeetingKind)} error={command.errorOf('input.kind')}
        options={kinds.map((k) => ({ value: k, text: label('MeetingKind', k) }))} />
      <fieldset>
        <legend class="h5">Deltager</legend>
        <TextInput id="meeting-attendee-name" label="Navn" hint="Et afholdt møde skal have mindst én deltager. Skriv navnet på en af dem, der deltog."
          value={attendeeName} onValue={setAttendeeName} error={command.errorOf('input.attendees')} />
        <Choice id="meeting-attendee-organisation" label="Repræsenterer" value={attendee} onValue={setAttendee} error={command.errorOf('input.attendees[0].organisationId')}
          options={agreement.parties.map((p) => ({ value: p.organisation.id, text: p.organisation.name }))} />
      </fieldset>
      <TextInput id="meeting-minutes" label="Referat" optional multiline value={minutes} onValue={setMinutes} error={command.errorOf('input.minutes')} />
      <TextInput id="meeting-decisions" label="Beslutninger" hint="Én beslutning pr. linje" optional multiline value={decisions} onValue={setDecisions} error={command.errorOf('input.decisions')} />
    </CommandForm>
  );
}
