import { canSignIn, signIn } from '../auth/session';
import { Alert } from '../components/Alert';

export function SignInPage({ problem }: { problem?: string }) {
  return (
    <>
      <h1>Samarbejdsaftaler i Nordjylland</h1>
      <p class="font-lead">Følg op på aftalerne mellem Business Region North Denmark, kommunerne, klyngerne og Erhvervshus Nordjylland: KPI'er, møder og medfinansiering.</p>
      {problem && <Alert variant="error">{problem}</Alert>}
      {canSignIn && <button type="button" class="button button-primary" onClick={() => void signIn()}>Log ind</button>}
    </>
  );
}
