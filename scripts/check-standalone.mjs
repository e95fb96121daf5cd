// The repository stands alone: no source, test, script, benchmark, demo or config reads or serves a
// path outside its root (such as a ../shared folder beside a developer's clone). Run by `npm test`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FOLDERS = ['src', 'test', 'scripts', 'bench', 'demo', '.ci'];
const SKIP = new Set(['node_modules', '.git', 'dist', 'cdn', 'cdn-dev', '.readme-check', 'fixtures']);
const CODE = /\.(m?[jt]s|json|html|css|cjs|sh)$|^run$/;

/** Every code and config file the project runs: the folders above and the configs at the top. */
function projectFiles() {
  const files = readdirSync(root)
    .filter((name) => CODE.test(name) && name !== 'package-lock.json' && statSync(join(root, name)).isFile())
    .map((name) => join(root, name));
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (CODE.test(entry.name)) files.push(path);
    }
  };
  for (const folder of FOLDERS) {
    try {
      walk(join(root, folder));
    } catch {
      // a folder the project does not have
    }
  }
  return files;
}

/**
 * Where a text reaches outside the root: a quoted relative path ('../x', "./x", `../${y}`) that
 * resolves outside it from the file's folder, or a mention of the shared folder beside a clone
 * (`../shared`, a `/shared/` URL path that a test server would map there).
 */
export function escapes(text, fileDir, rootDir = root) {
  const found = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const match of line.matchAll(/(['"`])(\.{1,2}\/[^'"`\s]*)\1?/g)) {
      const target = resolve(fileDir, match[2]);
      if (target !== rootDir && !target.startsWith(rootDir + sep)) found.push({ line: i + 1, text: match[2] });
    }
    for (const match of line.matchAll(/(?:\.\.\/|['"`/])shared\/(?:corpora|GUIDE|source-article)\b|['"`]\/shared\//g)) {
      found.push({ line: i + 1, text: match[0] });
    }
  });
  return found;
}

// The check checks itself first: a check that finds nothing in anything would pass forever.
const probeDir = join(root, 'test', 'core');
if (
  escapes("fetch('/shared/corpora/edtf-examples.json')", probeDir).length !== 1 ||
  escapes("readFile(new URL('../../../shared/x.json', import.meta.url))", probeDir).length < 1 ||
  escapes("import x from '../../src/core/edtf.js';", probeDir).length !== 0
) {
  console.error('check-standalone: the check itself is broken.');
  process.exit(1);
}

const problems = [];
const files = projectFiles();
for (const file of files) {
  if (file === fileURLToPath(import.meta.url)) continue; // its own examples above
  for (const hit of escapes(readFileSync(file, 'utf8'), dirname(file))) problems.push(`${relative(root, file)}:${hit.line}: ${hit.text}`);
}
if (problems.length) {
  console.error(`Paths outside the repository (it must stand alone from a clone):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Standalone: ${files.length} files read nothing outside the repository.`);
