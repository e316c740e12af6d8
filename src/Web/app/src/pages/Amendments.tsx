import { Table } from '../components/Table';
import { amendedTerms } from '../format/terms';
import type { AgreementDetails } from './AgreementPage';

type Amendment = AgreementDetails['amendments'][number];

/** Where an amendment stands: in effect, turned down (or withdrawn by its proposer), or which parties it still waits for. */
const standing = (agreement: AgreementDetails, amendment: Amendment): string => {
  if (amendment.inEffect)
    return 'Gældende: accepteret af alle parter';
  if (amendment.rejectedBy)
    return amendment.rejectedBy.id === amendment.proposedBy.id ? `Trukket tilbage af ${amendment.rejectedBy.name}` : `Afvist af ${amendment.rejectedBy.name}`;
  const waiting = agreement.parties.filter((p) => !amendment.acceptedBy.some((a) => a.id === p.organisation.id)).map((p) => p.organisation.name);
  return `Afventer svar fra ${waiting.join(', ')}`;
};

/** The amendments of the signed terms: what each changes, who has accepted it, and where it stands. */
export function Amendments({ agreement }: { agreement: AgreementDetails }) {
  return (
    <section aria-labelledby="amendments">
      <h2 id="amendments">Ændringer af aftalen</h2>
      {agreement.amendments.length === 0 ? <p>Der er ikke foreslået ændringer af aftalen.</p> : (
        <Table caption="Ændringer" head={['Ændring', 'Foreslået af', 'Det ændres', 'Accepteret af', 'Status']}>
          {agreement.amendments.map((a) => (
            <tr key={a.id}>
              <td>{a.summary}</td>
              <td>{a.proposedBy.name}</td>
              <td>{amendedTerms(a.changes).map((term) => <div key={term}>{term}</div>)}</td>
              <td>{a.acceptedBy.map((o) => o.name).join(', ')}</td>
              <td>{standing(agreement, a)}</td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
