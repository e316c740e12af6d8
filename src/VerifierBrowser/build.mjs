// Builds dist/verifier.html: page.html with page.js and every module it imports inlined as one script, so the page
// works opened from disk with no network. No bundler: each module becomes a function whose exports the modules
// after it destructure, which the modules' plain one-line `import … from './x.js'` and `export` forms allow; any
// other form stops the build rather than be copied wrongly. The AgreementTracker.Verifier project runs this.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const here = new URL('.', import.meta.url);
const read = name => readFileSync(new URL(name, here), 'utf8');

const ordered = [];
const visit = (name, path) => {
  if (ordered.some(m => m.name === name))
    return;
  if (path.includes(name))
    throw new Error(`${[...path, name].join(' → ')}: modules import each other in a circle`);
  const lines = read(name).split('\n');
  const exports = [];
  const body = lines.map((line, i) => {
    const fail = () => { throw new Error(`${name}:${i + 1}: the build cannot inline '${line.trim()}'`); };
    if (/^\s*import\b/.test(line)) {
      const m = /^import (\{ [\w, ]+ \}|\* as \w+) from '\.\/([\w-]+\.js)';$/.exec(line) ?? fail();
      visit(m[2], [...path, name]);
      return `const ${m[1].startsWith('*') ? m[1].slice(5) : m[1]} = modules['${m[2]}'];`;
    }
    if (/^\s*export\b/.test(line)) {
      const m = /^export ((?:async )?function\*? |const |class )(\w+)/.exec(line) ?? fail();
      exports.push(m[2]);
      return line.slice('export '.length);
    }
    if (/\bimport\s*\(|<\/script/i.test(line))
      fail();
    return line;
  });
  ordered.push({ name, text: `modules['${name}'] = (() => {\n${body.join('\n')}\nreturn { ${exports.join(', ')} };\n})();` });
};
visit('page.js', []);

const script = `const modules = {};\n${ordered.map(m => `// ${m.name}\n${m.text}`).join('\n')}`;
const check = join(tmpdir(), `verifier-bundle-${process.pid}.mjs`);
writeFileSync(check, script);
try {
  execFileSync(process.execPath, ['--check', check], { stdio: 'inherit' });
} finally {
  rmSync(check);
}
mkdirSync(new URL('dist/', here), { recursive: true });
writeFileSync(new URL('dist/verifier.html', here), read('page.html').replace('/*SCRIPT*/', () => script));
