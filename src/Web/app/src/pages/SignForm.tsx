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
const partiesToSign = (agreement: AgreementDetails, viewer: Viewer) =>
  agreement.parties.filter((p) => !p.signedOn && actsFor(viewer, p.organisation.id));

/** Sign the agreement on a party's behalf; shown while there is a party the user may sign for, and with its confirmation after the last. */
export function SignForm({ agreement, viewer, onSigned }: { agreement: AgreementDetails; viewer: Viewer; onSigned: () => void }) {
  const parties = partiesToSign(agreement, viewer);
  const [party, setParty] = useState(parties[0]?.organisation.id ?? '');
  const [signedOn, setSignedOn] = useState(today);
  const command = useCommand(fieldIds, 'Aftalen blev ikke underskrevet. Prøv igen.');
  const chosen = parties.find((p) => p.organisation.id === party) ?? parties[0];
  if (!chosen && !command.done)
    return null;
  const submit = async () => {
    if (chosen && await command.send(() => request(SignAgreementDocument, {
      input: { agreementId: agreement.id, expectedVersion: agreement.version, organisationId: chosen.organisation.id, signedOn: dateIn(signedOn, 'input.signedOn') },
    }), `Aftalen er underskrevet for ${chosen.organisation.name}.`))
      onSigned();
  };
  return (
    <CommandForm id="sign" title="Underskriv aftalen" command={command} submit="Underskriv" onSubmit={() => void submit()} closed={!chosen}>
      {chosen ? (
        <>
          <Choice id="sign-party" label="Underskriver for" value={chosen.organisation.id} onValue={setParty} error={command.errorOf('input.organisationId')}
            options={parties.map((p) => ({ value: p.organisation.id, text: p.organisation.name }))} />
          <DateInput id="sign-date" label="Underskrevet den" value={signedOn} onValue={setSignedOn} error={command.errorOf('input.signedOn')} />
        </>
      ) : <p>Der er ikke flere parter, du kan underskrive for.</p>}
    </CommandForm>
  );
}
