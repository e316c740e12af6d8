import { useState } from 'preact/hooks';
import { accessToken } from '../auth/session';
import { Alert } from '../components/Alert';

/**
 * The agreement's history as a file the auditor takes away (the server's /export download, with its parties'
 * organisations, signed and sealed), and the verifier page that checks it in the browser with no network.
 */
export function EvidenceSection({ id }: { id: string }) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      const answer = await fetch(`/export/agreements/${id}`, { headers: { Authorization: `Bearer ${await accessToken()}` } });
      if (!answer.ok)
        throw new Error(String(answer.status));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await answer.blob());
      link.download = `aftale-${id}.jsonl`;
      link.click();
      URL.revokeObjectURL(link.href);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <section aria-labelledby="evidence">
      <h2 id="evidence">Bevis til at tage med</h2>
      <p>
        Hent aftalens fulde historik med dens parters organisationer som én fil. Filen indeholder hver hændelse og beviset
        for, at den indgår i serverens signerede log, og hele filen er forseglet med serverens nøgle, så den kan
        kontrolleres på din egen maskine uden vores server.
      </p>
      <button type="button" class="button button-secondary" onClick={download} disabled={state === 'busy'}>
        {state === 'busy' ? 'Henter …' : 'Hent historikken som fil'}
      </button>
      {state === 'failed' && <Alert variant="error">Historikken kunne ikke hentes. Prøv igen om lidt.</Alert>}
      <p>
        Kontrollér filen med <a href="/verificer">verifikationssiden</a>: gem siden på din egen maskine, åbn den uden
        netværk, og vælg filen og serverens offentlige nøgle, som du har fået af os ad anden vej. Kommandoen
        {' '}<code>agreementtracker-verify</code> kontrollerer det samme og genberegner desuden aftalens tilstand.
      </p>
    </section>
  );
}
