import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { CommandForm, useCommand } from '../components/CommandForm';
import { Checkboxes, Choice, TextInput } from '../components/Inputs';
import { amendedTerms } from '../format/terms';
import { graphql } from '../gql';
import type { AmendedTermsInput, TargetGroup } from '../gql/graphql';
import { label } from '../pageData';
import { actsFor, isStaff, type Viewer } from '../viewer';
import type { AgreementDetails } from './AgreementPage';

const ProposeAmendmentDocument = graphql(`
  mutation ProposeAmendment($input: ProposeAmendmentInput!) {
    proposeAmendment(input: $input) { agreement { version } }
  }
`);

const AcceptAmendmentDocument = graphql(`
  mutation AcceptAmendment($input: AmendmentDecisionInput!) {
    acceptAmendment(input: $input) { agreement { version } }
  }
`);

const RejectAmendmentDocument = graphql(`
  mutation RejectAmendment($input: AmendmentDecisionInput!) {
    rejectAmendment(input: $input) { agreement { version } }
  }
`);

type Amendment = AgreementDetails['amendments'][number];
type Party = AgreementDetails['parties'][number];

const groups: TargetGroup[] = ['INNOVATION_ACTIVE_SMES', 'SMES_NOT_YET_INNOVATING', 'SME_LARGE_COMPANY_COLLABORATION', 'ENTREPRENEURS'];

/** The amendment still waiting for answers; the domain keeps at most one open. */
export const pendingAmendment = (agreement: AgreementDetails): Amendment | undefined => agreement.amendments.find((a) => !a.inEffect && !a.rejectedBy);

/** BRN's staff propose amendments, on behalf of a party, to an agreement every party has signed that still runs; one is open at a time. */
export const mayProposeAmendment = (agreement: AgreementDetails, viewer: Viewer) =>
  isStaff(viewer) && agreement.parties.every((p) => p.signedOn) && !agreement.termination && !agreement.expiredOn;

/** The parties the viewer answers for that may still answer: those that have not accepted, and the proposer, who may withdraw. */
const partiesToAnswer = (agreement: AgreementDetails, amendment: Amendment, viewer: Viewer): Party[] =>
  agreement.parties.filter((p) => actsFor(viewer, p.organisation.id)
    && (p.organisation.id === amendment.proposedBy.id || !amendment.acceptedBy.some((a) => a.id === p.organisation.id)));

const proposeFields: Record<string, string> = {
  'input.proposedBy': 'amendment-proposed-by',
  'input.summary': 'amendment-summary',
  'input.changes': 'amendment-title',
  'input.changes.title': 'amendment-title',
  'input.changes.purpose': 'amendment-purpose',
  'input.changes.strengthArea': 'amendment-strength-area',
  'input.changes.geographicScope': 'amendment-geographic-scope',
  'input.changes.targetGroups': 'amendment-target-groups',
  'input.reason': 'amendment-reason',
};

const sameGroups = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((g) => b.includes(g));

/** Propose new terms: the form starts from the terms as they are, and only what the user changes is proposed. */
export function ProposeAmendmentForm({ agreement, onProposed }: { agreement: AgreementDetails; onProposed: () => void }) {
  const [proposedBy, setProposedBy] = useState(agreement.parties[0]!.organisation.id);
  const [summary, setSummary] = useState('');
  const [title, setTitle] = useState(agreement.title);
  const [purpose, setPurpose] = useState(agreement.purpose);
  const [strengthArea, setStrengthArea] = useState(agreement.strengthArea);
  const [geographicScope, setGeographicScope] = useState(agreement.geographicScope);
  const [targetGroups, setTargetGroups] = useState<string[]>(agreement.targetGroups);
  const [reason, setReason] = useState('');
  const command = useCommand(proposeFields, 'Ændringen blev ikke foreslået. Prøv igen.');
  const pending = pendingAmendment(agreement);
  const startOver = () => {
    setSummary('');
    setTitle(agreement.title);
    setPurpose(agreement.purpose);
    setStrengthArea(agreement.strengthArea);
    setGeographicScope(agreement.geographicScope);
    setTargetGroups(agreement.targetGroups);
    setReason('');
  };
  const submit = async () => {
    const changes: AmendedTermsInput = {
      title: title === agreement.title ? undefined : title,
      purpose: purpose === agreement.purpose ? undefined : purpose,
      strengthArea: strengthArea === agreement.strengthArea ? undefined : strengthArea,
      geographicScope: geographicScope === agreement.geographicScope ? undefined : geographicScope,
      targetGroups: sameGroups(targetGroups, agreement.targetGroups) ? undefined : (targetGroups as TargetGroup[]),
    };
    if (await command.send(() => request(ProposeAmendmentDocument, {
      input: { agreementId: agreement.id, expectedVersion: agreement.version, proposedBy, summary, changes, reason: reason.trim() || undefined },
    }), `Ændringen "${summary.trim()}" er foreslået.`)) {
      startOver();
      onProposed();
    }
  };
  return (
    <CommandForm id="propose-amendment" title="Foreslå en ændring af aftalen" command={command} submit="Foreslå ændringen" onSubmit={() => void submit()} closed={!!pending}>
      {pending ? <p>Ændringen "{pending.summary}" venter på svar fra parterne. En ny ændring kan foreslås, når den er afgjort.</p> : (
        <>
          <Choice id="amendment-proposed-by" label="Foreslået af" value={proposedBy} onValue={setProposedBy} error={command.errorOf('input.proposedBy')}
            options={agreement.parties.map((p) => ({ value: p.organisation.id, text: p.organisation.name }))} />
          <TextInput id="amendment-summary" label="Resumé af ændringen" hint="Det, parterne skal tage stilling til, i én sætning" value={summary} onValue={setSummary}
            error={command.errorOf('input.summary')} />
          <fieldset>
            <legend class="h5">Vilkårene, som de skal være</legend>
            <p class="form-hint">Ret de vilkår, der skal ændres. Et vilkår, du ikke retter, forbliver, som det er.</p>
            <TextInput id="amendment-title" label="Titel" value={title} onValue={setTitle} error={command.errorOf('input.changes.title')} />
            <TextInput id="amendment-purpose" label="Formål" multiline value={purpose} onValue={setPurpose} error={command.errorOf('input.changes.purpose')} />
            <TextInput id="amendment-strength-area" label="Styrkeposition" value={strengthArea} onValue={setStrengthArea} error={command.errorOf('input.changes.strengthArea')} />
            <TextInput id="amendment-geographic-scope" label="Geografisk afgrænsning" value={geographicScope} onValue={setGeographicScope}
              error={command.errorOf('input.changes.geographicScope')} />
            <Checkboxes id="amendment-target-groups" label="Målgrupper" values={targetGroups} onValues={setTargetGroups} error={command.errorOf('input.changes.targetGroups')}
              options={groups.map((g) => ({ value: g, text: label('TargetGroup', g) }))} />
          </fieldset>
          <TextInput id="amendment-reason" label="Begrundelse" optional multiline value={reason} onValue={setReason} error={command.errorOf('input.reason')} />
        </>
      )}
    </CommandForm>
  );
}

const decisionFields: Record<string, string> = {
  'input.organisationId': 'amendment-decision-party',
  'input.amendmentId': 'amendment-decision-party',
  'input.reason': 'amendment-decision-reason',
};

type Answer = 'accept' | 'reject';

/** What answering for the party does: the proposer's answer is a withdrawal; the button and the confirmation say which. */
const decision = (amendment: Amendment, party: Party, answer: Answer) => {
  const name = party.organisation.name;
  if (party.organisation.id === amendment.proposedBy.id)
    return { withdrawal: true, answer: 'reject' as Answer, submit: 'Træk ændringen tilbage', outcome: 'Ændringen er trukket tilbage.' };
  return answer === 'accept'
    ? { withdrawal: false, answer, submit: 'Acceptér ændringen', outcome: `${name} har accepteret ændringen.` }
    : { withdrawal: false, answer, submit: 'Afvis ændringen', outcome: `${name} har afvist ændringen.` };
};

/**
 * A party accepts or rejects the pending amendment; its proposer may withdraw it. Shown while the viewer has a party to
 * answer for, and with its confirmation after the last answer.
 */
export function AmendmentDecisionForm({ agreement, viewer, onAnswered }: { agreement: AgreementDetails; viewer: Viewer; onAnswered: () => void }) {
  const amendment = pendingAmendment(agreement);
  const parties = amendment ? partiesToAnswer(agreement, amendment, viewer) : [];
  const [party, setParty] = useState(parties[0]?.organisation.id ?? '');
  const [answer, setAnswer] = useState<Answer>('accept');
  const [reason, setReason] = useState('');
  const command = useCommand(decisionFields, 'Svaret blev ikke registreret. Prøv igen.');
  const chosen = parties.find((p) => p.organisation.id === party) ?? parties[0];
  const open = amendment && chosen ? { amendment, chosen, ...decision(amendment, chosen, answer) } : undefined;
  if (!open && !command.done)
    return null;
  const submit = async () => {
    if (!open)
      return;
    const input = {
      agreementId: agreement.id, expectedVersion: agreement.version, amendmentId: open.amendment.id, organisationId: open.chosen.organisation.id, reason: reason.trim() || undefined,
    };
    if (await command.send(() => (open.answer === 'accept' ? request(AcceptAmendmentDocument, { input }) : request(RejectAmendmentDocument, { input })), open.outcome)) {
      setReason('');
      onAnswered();
    }
  };
  return (
    <CommandForm id="amendment-decision" title="Tag stilling til ændringen" command={command} submit={open?.submit ?? ''} onSubmit={() => void submit()} closed={!open}>
      {open ? (
        <>
          <p><strong>{open.amendment.summary}</strong>, foreslået af {open.amendment.proposedBy.name}:</p>
          <ul>{amendedTerms(open.amendment.changes).map((term) => <li key={term}>{term}</li>)}</ul>
          <Choice id="amendment-decision-party" label="Svar for" value={open.chosen.organisation.id} onValue={setParty} error={command.errorOf('input.organisationId')}
            options={parties.map((p) => ({ value: p.organisation.id, text: p.organisation.name }))} />
          {!open.withdrawal && (
            <Choice id="amendment-decision-answer" label="Svar" value={answer} onValue={(v) => setAnswer(v as Answer)}
              options={[{ value: 'accept', text: 'Acceptér ændringen' }, { value: 'reject', text: 'Afvis ændringen' }]} />
          )}
          <TextInput id="amendment-decision-reason" label="Begrundelse" optional multiline value={reason} onValue={setReason} error={command.errorOf('input.reason')} />
        </>
      ) : <p>Der er ikke flere ændringer, du skal tage stilling til.</p>}
    </CommandForm>
  );
}
