// The verdict in Danish for the page: what failed and where, from the failure's kind and fields.

const where = f => `Strøm ${f.stream}, version ${f.version}`;

const sentences = {
  'not-manifest': () => 'Filen begynder ikke med en manifestlinje, så det er ikke en eksport.',
  'wrong-format': f => `Filen har formatet '${f.format}', ikke agreementtracker-history-export/1.`,
  'not-document': f => `Filen er ikke et ${f.format}-dokument.`,
  'untrusted-key': () => 'Filen er signeret med en anden offentlig nøgle end den, du har valgt at stole på.',
  'bad-signature': () => 'Tjekpunktets signatur kan ikke verificeres med den offentlige nøgle.',
  'not-event': f => `Linje ${f.line} er ikke en eksporteret hændelse.`,
  'missing-version': f => `${where(f)}: version ${f.expected} mangler.`,
  'hash-mismatch': f => `${where(f)}: hændelsens indhold passer ikke med dens hash – den er ændret.`,
  'not-included': f => `${where(f)}: dens inklusionsbevis fører ikke til tjekpunktets rod.`,
  'count-mismatch': f => `Manifestet siger ${f.stated} hændelser, men filen indeholder ${f.held}.`,
  'not-extended': f => `Loggen med ${f.later} poster udvider ikke loggen med ${f.earlier}: dens fortid er ændret.`,
  'malformed': f => `Filen er beskadiget: ${f.detail}.`,
  'unreadable-key': f => `Nøglefilen kan ikke læses: ${f.detail}.`,
};

export function verdictInDanish(answer) {
  if (!answer.ok)
    return `IKKE GYLDIG. ${sentences[answer.failure.kind](answer.failure)} (${answer.firstFailure})`;
  const counted = answer.counts ? ` ${answer.counts.events} hændelser i ${answer.counts.streams} strømme er kontrolleret: signatur, hashkæder og inklusionsbeviser holder.` : '';
  const replay = answer.statesStated ? ' Eksportens tilstande er ikke genberegnet her (det gør kommandoen agreementtracker-verify).' : '';
  const key = answer.keyTrusted
    ? ' Signeret med den nøgle, du stoler på.'
    : ' Signeret med nøglen i selve filen: kontrollér, at det er serverens nøgle, ved at vælge serverens offentlige nøgle.';
  return `GYLDIG.${counted}${replay}${key}`;
}
