import { useState } from 'preact/hooks';
import { Refused, request, type Problem } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';
import { describedBy, Field } from '../components/Field';
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
  'input.minutes': 'meeting-minutes',
  'input.decisions': 'meeting-decisions',
};

type Attendee = { name: string; organisationId: string };

/** Log a held meeting: what staff do between two other tasks. A refusal shows in the error summary, the field marked. */
export function LogMeetingForm({ agreement, onLogged }: { agreement: AgreementDetails; onLogged: () => void }) {
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState(today);
  const [kind, setKind] = useState<MeetingKind>('COORDINATION');
  const [attendee, setAttendee] = useState<Attendee>({ name: '', organisationId: agreement.parties[0]?.organisation.id ?? '' });
  const [minutes, setMinutes] = useState('');
  const [decisions, setDecisions] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  const errorOf = (field: string) => problems.find((p) => p.field && fieldIds[p.field] === fieldIds[field])?.message;

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setDone(undefined);
    try {
      await request(LogMeetingDocument, {
        input: {
          agreementId: agreement.id,
          expectedVersion: agreement.version,
          title,
          heldOn,
          kind,
          attendees: attendee.name.trim() ? [attendee] : [],
          minutes: minutes.trim() || undefined,
          decisions: decisions.split('\n').map((d) => d.trim()).filter(Boolean),
        },
      });
      setProblems([]);
      setDone(`Mødet "${title}" er logget.`);
      setTitle('');
      setMinutes('');
      setDecisions('');
      onLogged();
    } catch (error) {
      setProblems(error instanceof Refused ? error.problems : [{ message: 'Mødet blev ikke logget. Prøv igen.' }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="log-meeting">
      <h2 id="log-meeting">Log et møde</h2>
      {problems.length > 0 && <ErrorSummary problems={problems} fieldIds={fieldIds} />}
      <div aria-live="polite">{done && <div class="alert alert-success"><div class="alert-body"><p class="alert-text">{done}</p></div></div>}</div>
      <form onSubmit={submit} noValidate>
        <Field id="meeting-title" label="Titel" error={errorOf('input.title')}>
          <input class="form-input" id="meeting-title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} required {...describedBy('meeting-title', errorOf('input.title'))} />
        </Field>
        <Field id="meeting-held-on" label="Afholdt den" hint="Fx 31-03-2025" error={errorOf('input.heldOn')}>
          <input class="form-input form-input--medium" type="date" id="meeting-held-on" value={heldOn} onInput={(e) => setHeldOn(e.currentTarget.value)} required
            {...describedBy('meeting-held-on', errorOf('input.heldOn'), 'Fx 31-03-2025')} />
        </Field>
        <Field id="meeting-kind" label="Mødetype" error={errorOf('input.kind')}>
          <select class="form-select" id="meeting-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as MeetingKind)}>
            {kinds.map((k) => <option key={k} value={k}>{label('MeetingKind', k)}</option>)}
          </select>
        </Field>
        <fieldset>
          <legend class="h5">Deltager</legend>
          <Field id="meeting-attendee-name" label="Navn" optional error={errorOf('input.attendees')}>
            <input class="form-input" id="meeting-attendee-name" value={attendee.name} onInput={(e) => setAttendee({ ...attendee, name: e.currentTarget.value })}
              {...describedBy('meeting-attendee-name', errorOf('input.attendees'))} />
          </Field>
          <Field id="meeting-attendee-organisation" label="Repræsenterer">
            <select class="form-select" id="meeting-attendee-organisation" value={attendee.organisationId} onChange={(e) => setAttendee({ ...attendee, organisationId: e.currentTarget.value })}>
              {agreement.parties.map((p) => <option key={p.organisation.id} value={p.organisation.id}>{p.organisation.name}</option>)}
            </select>
          </Field>
        </fieldset>
        <Field id="meeting-minutes" label="Referat" optional error={errorOf('input.minutes')}>
          <textarea class="form-input" id="meeting-minutes" rows={4} value={minutes} onInput={(e) => setMinutes(e.currentTarget.value)} {...describedBy('meeting-minutes', errorOf('input.minutes'))} />
        </Field>
        <Field id="meeting-decisions" label="Beslutninger" hint="Én beslutning pr. linje" optional error={errorOf('input.decisions')}>
          <textarea class="form-input" id="meeting-decisions" rows={3} value={decisions} onInput={(e) => setDecisions(e.currentTarget.value)}
            {...describedBy('meeting-decisions', errorOf('input.decisions'), 'Én beslutning pr. linje')} />
        </Field>
        <button type="submit" class="button button-primary" disabled={busy}>Log mødet</button>
      </form>
    </section>
  );
}
