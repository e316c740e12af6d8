import { readsEverything, useViewer } from '../viewer';
import { OverviewPage } from './OverviewPage';
import { OrganisationOverview } from './OrganisationPage';

/** What a user sees first follows their role: staff and auditors the overview, a member their organisation. */
export function HomePage() {
  const viewer = useViewer();
  if (readsEverything(viewer))
    return <OverviewPage />;
  if (viewer.role === 'MEDLEM' && viewer.organisation)
    return <OrganisationOverview id={viewer.organisation.id} />;
  return (
    <>
      <h1>Ingen aftaler at vise</h1>
      <p>
        {viewer.role === 'ADMINISTRATOR'
          ? 'Som administrator holder du brugere og roller ved lige; du ser og ændrer ikke aftaler.'
          : 'Din bruger er ikke knyttet til en organisation. Kontakt administratoren hos Business Region North Denmark.'}
      </p>
    </>
  );
}
