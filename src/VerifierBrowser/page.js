// The page: reads the chosen files, runs the verifier in the browser, and states the verdict in the live region.

import { verdictInDanish } from './danish.js';
import { verifyAny } from './verify.js';

const form = document.getElementById('check');
const result = document.getElementById('result');

form.addEventListener('submit', async event => {
  event.preventDefault();
  const [evidence] = form.elements.evidence.files;
  const [key] = form.elements.key.files;
  result.textContent = 'Kontrollerer …';
  try {
    result.textContent = verdictInDanish(await verifyAny(evidence, key === undefined ? null : await key.text()));
  } catch (e) {
    result.textContent = `Kontrollen kunne ikke gennemføres: ${e.message}`;
  }
});
