import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { CommandForm, useCommand } from '../components/CommandForm';
import { DateInput, dateIn } from '../components/DateInput';
import { Choice } from '../components/Inputs';
import { graphql } from '../gql';
import { today } from '../pageData';
import { actsFor, type Viewer } from '../viewer';
import type { AgreementDetails } from './AgreementPage';

const SignAgreementDocument = graphql(`
  mutation SignAgreement($input: SignAgreementInput!) {
    signAgreement(input: $input) { agreement { version } }
  }
`);

const fieldIds: Record<string, string> = { 'input.organisationId': 'sign-party', 'input.signedOn': 'sign-date' };

/** The parties still to sign that this user may sign for: a member their own organisation, staff any of them. */
export const partiesToSign = (agreement: AgreementDetails, viewer: Viewer) =>
  agreement.parties.filter((p) => !p.signedOn && actsFor(viewer, p.organisation.id));

/** Sign the agreement on a party's behalf. */
export function SignForm({ agreement, parties, onSigned }: { agreement: AgreementDetails; parties: AgreementDetails['parties']; onSigned: () => void }) {
  const [party, setParty] = useState(parties[0].organisation.id);
  const [signedOn, setSignedOn] = useState(today);
  const command = useCommand(fieldIds, 'Aftalen blev ikke underskrevet. Prøv igen.');
  const name = parties.find((p) => p.organisation.id === party)?.organisation.name;
  const submit = async () => {
    if (await command.send(() => request(SignAgreementDocument, {
      input: { agreementId: agreement.id, expectedVersion: agreement.version, organisationId: party, signedOn: dateIn(signedOn, 'input.signedOn') },
    }), `Aftalen er underskrevet for ${name}.`))
      onSigned();
  };
  return (
    <CommandForm id="sign" title="Underskriv aftalen" command={command} submit="Underskriv" onSubmit={() => void submit()}>
      <Choice id="sign-party" label="Underskriver for" value={party} onValue={setParty} error={command.errorOf('input.organisationId')}
        options={parties.map((p) => ({ value: p.organisation.id, text: p.organisation.name }))} />
      <DateInput id="sign-date" label="Underskrevet den" value={signedOn} onValue={setSignedOn} error={command.errorOf('input.signedOn')} />
    </CommandForm>
  );
}
