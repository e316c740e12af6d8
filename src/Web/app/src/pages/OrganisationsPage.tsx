import { useState } from 'preact/hooks';
import { useQuery } from '../api/useQuery';
import { Alert } from '../components/Alert';
import { Table } from '../components/Table';
import { date } from '../format/danish';
import { graphql } from '../gql';
import { label } from '../pageData';
import { readsEverything, useViewer } from '../viewer';

const OrganisationsDocument = graphql(`
  query Organisations($nameContains: String) {
    organisations(nameContains: $nameContains, first: 200) {
      totalCount
      nodes { id name kind cvrNumber formerNames mergedOn mergedInto { id name } }
    }
  }
`);

/** The registry of the parties: municipalities, clusters, Erhvervshuset and others, with the names they had and their mergers. */
export function OrganisationsPage() {
  const viewer = useViewer();
  // A member may open only their own organisation's page; the others are listed without a link.
  const opens = (id: string) => readsEverything(viewer) || viewer.organisation?.id === id;
  const [name, setName] = useState('');
  const { data, error } = useQuery(OrganisationsDocument, { nameContains: name || undefined });
  return (
    <>
      <h1>Organisationer</h1>
      <form onSubmit={(e) => e.preventDefault()} role="search" aria-label="Søg i organisationerne">
        <div class="form-group">
          <label class="form-label" for="organisation-name">Navn indeholder</label>
          <input class="form-input" id="organisation-name" type="search" value={name} onChange={(e) => setName(e.currentTarget.value)} />
        </div>
      </form>
      {error && <Alert variant="error">{error.message}</Alert>}
      <div aria-live="polite">{data && <p>{data.organisations.totalCount === 1 ? '1 organisation' : `${data.organisations.totalCount} organisationer`}</p>}</div>
      {data && (
        <Table caption="Organisationer" head={['Navn', 'Type', 'CVR-nummer', 'Tidligere navne', 'Fusioneret']}>
          {data.organisations.nodes.map((o) => (
            <tr key={o.id}>
              <td>{opens(o.id) ? <a href={`/organisationer/${o.id}`}>{o.name}</a> : o.name}</td>
              <td>{label('OrganisationKind', o.kind)}</td>
              <td>{o.cvrNumber ?? ''}</td>
              <td>{o.formerNames.join(', ')}</td>
              <td>{o.mergedInto ? <>Ind i {o.mergedInto.name}{o.mergedOn && ` den ${date(o.mergedOn)}`}</> : ''}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
