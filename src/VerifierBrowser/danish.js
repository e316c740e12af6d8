// The verdict in Danish for the page: what failed and where, from the failure's kind and fields.

const where = f => `Strøm ${f.stream}, version ${f.version}`;

const sentences = {
  'not-manifest': () => 'Filen begynder ikke med en manifestlinje, så det er ikke en eksport.',
  'wrong-format': f => `Filen har formatet '${f.format}', ikke agreementtracker-history-export/2.`,
  'not-document': f => `Filen er ikke et ${f.format}-dokument.`,
  'untrusted-key': () => 'Filen er signeret med en anden offentlig nøgle end den, du har valgt at stole på.',
  'bad-signature': () => 'Tjekpunktets signatur kan ikke verificeres med den offentlige nøgle.',
  'not-event': f => `Linje ${f.line} er ikke en eksporteret hændelse.`,
  'missing-version': f => `${where(f)}: version ${f.expected} mangler.`,
  'hash-mismatch': f => `${where(f)}: hændelsens indhold passer ikke med dens hash – den er ændret.`,
  'not-included': f => `${where(f)}: dens inklusionsbevis fører ikke til tjekpunktets rod.`,
  'duplicate-head': f => `Manifestet nævner strøm ${f.stream} to gange.`,
  'unlisted-stream': f => `Strøm ${f.stream} står ikke i manifestet.`,
  'repeated-stream': f => `Strøm ${f.stream} forekommer to gange i filen.`,
  'head-mismatch': f => `Strøm ${f.stream} slutter ved version ${f.version} i filen, ikke ved den sidste hændelse, manifestet angiver – hændelser er fjernet.`,
  'absent-stream': f => `Strøm ${f.stream} står i manifestet, men mangler i filen – den er fjernet.`,
  'no-seal': () => 'Filen slutter ikke med en forseglingslinje.',
  'seal-mismatch': () => 'Filens indhold passer ikke med dens forsegling – den er ændret.',
  'bad-seal': () => 'Forseglingens signatur kan ikke verificeres med den offentlige nøgle.',
  'log-gap': f => `Eksporten siger, at den rummer hele loggen, men ingen hændelse har logindeks ${f.index} – en hændelse er udeladt.`,
  'count-mismatch': f => `Manifestet siger ${f.stated} hændelser, men filen indeholder ${f.held}.`,
  'not-extended': f => `Loggen med ${f.later} poster udvider ikke loggen med ${f.earlier}: dens fortid er ændret.`,
  'malformed': f => `Filen er beskadiget: ${f.detail}.`,
  'unreadable-key': f => `Nøglefilen kan ikke læses: ${f.detail}.`,
};

export function verdictInDanish(answer) {
  if (!answer.ok)
    return `IKKE GYLDIG. ${sentences[answer.failure.kind](answer.failure)} (${answer.firstFailure})`;
  const counted = answer.counts ? ` ${answer.counts.events} hændelser i ${answer.counts.streams} strømme er kontrolleret: signaturer, hashkæder, strømmenes sidste hændelser og inklusionsbeviser holder.` : '';
  const replay = answer.statesStated ? ' Eksportens tilstande er ikke genberegnet her (det gør kommandoen agreementtracker-verify).' : '';
  const key = answer.keyTrusted
    ? ' Signeret med den nøgle, du stoler på.'
    : ' Signeret med nøglen i selve filen: kontrollér, at det er serverens nøgle, ved at vælge serverens offentlige nøgle.';
  return `GYLDIG.${counted}${replay}${key}`;
}
