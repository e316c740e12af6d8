// Runs the built verifier.html's script under Node, with stand-ins for the page's form, file inputs and result, and
// prints the verdict the page would show: the page as shipped, not its source modules.
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

const [page, evidence, key] = process.argv.slice(2);
const html = await readFile(page, 'utf8');
const script = /<script type="module">([\s\S]*)<\/script>/.exec(html)[1];
// A File as the page uses it; its stream comes in small chunks, so that lines and UTF-8 characters span them.
const file = path => (path === undefined ? [] : [{
  size: statSync(path).size,
  text: () => readFile(path, 'utf8'),
  stream: () => Readable.toWeb(createReadStream(path, { highWaterMark: 4096 })),
}]);
let submit;
const result = { textContent: '' };
const form = { elements: { evidence: { files: file(evidence) }, key: { files: file(key) } }, addEventListener: (_, handler) => { submit = handler; } };
globalThis.document = { getElementById: id => ({ check: form, result })[id] };
await import(`data:text/javascript;base64,${Buffer.from(script).toString('base64')}`);
await submit({ preventDefault() {} });
console.log(result.textContent);
