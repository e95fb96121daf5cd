// The repository stands alone: no source, test, script, benchmark, demo or config reads or serves a
// path outside its root (such as a folder beside a developer's clone). Run by `npm test`.
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

/** What a URL path on the test server may start with: the repository's own entries, and what a build makes. */
const SERVED = new Set([...readdirSync(root), 'cdn', 'dist', 'custom-elements.json']);

/**
 * Where a text reaches outside the root: a quoted relative path ('../x', "./x", `../${y}`) that
 * resolves outside it from the file's folder, or a URL path fetched, linked or routed ('/x/…' in
 * fetch(), src, href or a path's startsWith()) whose first folder is not the repository's, which only a test
 * server mapping it to a folder beside the clone could serve.
 */
export function escapes(text, fileDir, rootDir = root) {
  const found = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const match of line.matchAll(/(['"`])(\.{1,2}\/[^'"`\s]*)\1?/g)) {
      const target = resolve(fileDir, match[2]);
      if (target !== rootDir && !target.startsWith(rootDir + sep)) found.push({ line: i + 1, text: match[2] });
    }
    for (const match of line.matchAll(/(?:fetch\(|src\s*=\s*|href\s*=\s*|path\.startsWith\()['"`]\/([\w.-]+)\//g)) {
      if (!match[1].startsWith('__') && !SERVED.has(match[1])) found.push({ line: i + 1, text: match[0] });
    }
  });
  return found;
}

// The check checks itself first: a check that finds nothing in anything would pass forever.
const probeDir = join(root, 'test', 'core');
if (
  escapes("fetch('/elsewhere/corpora/examples.json')", probeDir).length !== 1 ||
  escapes("if (!ctx.path.startsWith('/elsewhere/corpora/')) return next();", probeDir).length !== 1 ||
  escapes("readFile(new URL('../../../elsewhere/x.json', import.meta.url))", probeDir).length !== 1 ||
  escapes("import x from '../../src/core/edtf.js'; fetch('/test/fixtures/x.json'); el.src = '/data/a.json';", probeDir).length !== 0
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
