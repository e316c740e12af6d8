import { canSignIn, signIn } from '../auth/session';

export function SignInPage({ problem }: { problem?: string }) {
  return (
    <>
      <h1>Samarbejdsaftaler i Nordjylland</h1>
      <p class="font-lead">Følg op på aftalerne mellem Business Region North Denmark, kommunerne, klyngerne og Erhvervshus Nordjylland: KPI'er, møder og medfinansiering.</p>
      {problem && (
        <div class="alert alert-error" role="alert">
          <div class="alert-body"><p class="alert-text">{problem}</p></div>
        </div>
      )}
      {canSignIn && <button type="button" class="button button-primary" onClick={() => void signIn()}>Log ind</button>}
    </>
  );
}
