// What a developer meets after `npm install` (part of `npm test`, after the build): the packed package
// installed into a fresh project (from npm's cache, or the registry), where strict TypeScript with
// skipLibCheck off checks a file using the element, its events and the core, and the README's React
// component as written; Node imports the bundled data as JSON and resolves the CDN bundle; and no source
// map in the package names a file that is neither shipped nor embedded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'talks-consumer-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
const failures = [];

try {
  // 1. The package as npm would publish it.
  const [{ filename, unpackedSize }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { 'talks-timeline': `file:../${filename}`, '@types/react': pkg.devDependencies['@types/react'] },
    }),
  );
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], project);

  // 2. Strict TypeScript, skipLibCheck off: the element, its events and the core; the README's React component.
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        skipLibCheck: false,
        noEmit: true,
        types: [],
      },
      include: ['*.ts', '*.tsx'],
    }),
  );
  writeFileSync(
    join(project, 'use.ts'),
    `import 'talks-timeline/define.js';
import { TalksTimeline, buildModel, diffEvents, layout, validate } from 'talks-timeline';
import type { TalksSelectDetail, TalksUpdateDetail, TimelineData } from 'talks-timeline';
import { readTimeline } from 'talks-timeline/core.js';

const data: TimelineData = { events: [{ id: 'a', date: '2025-05-16', title: 'A' }] };
const el = document.createElement('talks-timeline');
const typed: TalksTimeline = el;
typed.data = data;
typed.refresh = 60;
el.addEventListener('talks-select', (e) => {
  const detail: TalksSelectDetail = e.detail;
  console.log(detail.id);
});
el.addEventListener('talks-update', (e) => {
  const detail: TalksUpdateDetail = e.detail;
  console.log(detail.added.length, detail.changed, detail.removed);
});
const { data: valid } = validate(data);
const plan = layout(buildModel(valid, 'en'), { width: 800 });
console.log(plan.marks.length, diffEvents(valid.events, []).removed);
void readTimeline('{"events": []}');
`,
  );
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const react = /### React\n[\s\S]*?```tsx\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!react) failures.push('README: no tsx block in the React section');
  else writeFileSync(join(project, 'talks.tsx'), react);
  try {
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(project, 'tsconfig.json')], project);
  } catch (e) {
    failures.push(`TypeScript in a consumer project:\n${e.stdout || e.message}`);
  }

  // 3. Node: the bundled data as a JSON module, and the CDN bundle resolved.
  const node = (code, type) => run(process.execPath, [`--input-type=${type}`, '-e', code], project);
  try {
    const count = node(
      "import timeline from 'talks-timeline/data/istanbul-talks.json' with { type: 'json' }; console.log(timeline.events.length);",
      'module',
    ).trim();
    if (count !== '11') failures.push(`talks-timeline/data/istanbul-talks.json: ${count} events, not 11`);
  } catch (e) {
    failures.push(`import 'talks-timeline/data/istanbul-talks.json' with { type: 'json' }: ${e.stderr || e.message}`);
  }
  try {
    node("console.log(require.resolve('talks-timeline/cdn/talks-timeline.js'))", 'commonjs');
  } catch (e) {
    failures.push(`require.resolve('talks-timeline/cdn/talks-timeline.js'): ${e.stderr || e.message}`);
  }

  // 4. Every source a map names is in the package, or inside the map.
  const installed = join(project, 'node_modules/talks-timeline');
  const maps = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.map')) maps.push(path);
    }
  };
  walk(installed);
  for (const map of maps) {
    const { sources = [], sourcesContent = [], sourceRoot = '' } = JSON.parse(readFileSync(map, 'utf8'));
    sources.forEach((source, i) => {
      if (sourcesContent[i] != null) return;
      const file = resolve(dirname(map), sourceRoot, source);
      if (!file.startsWith(installed) || !existsSync(file))
        failures.push(`${relative(installed, map)} names ${source}, which is not in the package`);
    });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failures.length) {
    console.error(`Consumer check failed:\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  } else
    console.log(
      `Consumer check: the packed package (${(unpackedSize / 1e6).toFixed(2)} MB unpacked) type-checks strictly in a fresh project (element, events, core, the README's React component), imports its data in Node, resolves cdn/, and its ${maps.length} source maps name only what it ships (${seconds} s).`,
    );
} finally {
  rmSync(work, { recursive: true, force: true });
}
