import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router } from 'preact-iso';
import { Refused, request } from './api/client';
import { canSignIn, signedInUser } from './auth/session';
import { Layout } from './components/Layout';
import { AgreementPage } from './pages/AgreementPage';
import { AuditPage } from './pages/AuditPage';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OrganisationPage } from './pages/OrganisationPage';
import { OrganisationsPage } from './pages/OrganisationsPage';
import { SignInPage } from './pages/SignInPage';
import { type Viewer, ViewerContext, ViewerDocument } from './viewer';

type Session = { state: 'starting' } | { state: 'signed-out' } | { state: 'failed'; message: string } | { state: 'signed-in'; viewer: Viewer };

export function App() {
  const [session, setSession] = useState<Session>({ state: 'starting' });
  useEffect(() => {
    signedInUser()
      .then(async (user) => (user ? setSession({ state: 'signed-in', viewer: (await request(ViewerDocument)).viewer }) : setSession({ state: 'signed-out' })))
      .catch((error: unknown) => setSession({ state: 'failed', message: error instanceof Refused || (!canSignIn && error instanceof Error) ? error.message : 'Log ind mislykkedes. Prøv igen.' }));
  }, []);
  return (
    <LocationProvider>
      {session.state === 'signed-in' ? (
        <ViewerContext.Provider value={session.viewer}>
          <Layout viewer={session.viewer}>
            <ErrorBoundary>
              <Router>
                <Route path="/" component={HomePage} />
                <Route path="/aftaler/:id" component={AgreementPage} />
                <Route path="/organisationer" component={OrganisationsPage} />
                <Route path="/organisationer/:id" component={OrganisationPage} />
                <Route path="/revision/:id" component={AuditPage} />
                <Route default component={NotFoundPage} />
              </Router>
            </ErrorBoundary>
          </Layout>
        </ViewerContext.Provider>
      ) : (
        <Layout>
          {session.state === 'starting' ? <p aria-live="polite">Henter …</p> : <SignInPage problem={session.state === 'failed' ? session.message : undefined} />}
        </Layout>
      )}
    </LocationProvider>
  );
}
