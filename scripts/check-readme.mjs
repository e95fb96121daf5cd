// Type-checks the README's TypeScript and JavaScript snippets against the package's own types, as a
// user would write them (imports of 'talks-timeline', 'talks-timeline/define.js', 'talks-timeline/core.js',
// 'talks-timeline/data/…'; a Vite `?url` import as Vite's client types declare it). The React snippet (tsx)
// is checked by scripts/check-consumer.mjs, in a project with React's types and the packed package.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const dir = new URL('.readme-check/', root);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const blocks = [...readme.matchAll(/```(ts|js)\n([\s\S]*?)```/g)].map((m) => m[2]);
blocks.forEach((code, i) => writeFileSync(new URL(`snippet-${i + 1}.ts`, dir), `${code}\nexport {};\n`));
// What vite/client declares for `?url` imports.
writeFileSync(new URL('vite-url.d.ts', dir), "declare module '*?url' {\n  const url: string;\n  export default url;\n}\n");
writeFileSync(
  new URL('tsconfig.json', dir),
  JSON.stringify(
    {
      extends: '../tsconfig.json',
      compilerOptions: {
        noEmit: true,
        noUnusedLocals: false,
        module: 'ESNext', // import attributes (`with { type: 'json' }`)
        rootDir: '..',
        paths: {
          'talks-timeline': ['../src/index.ts'],
          'talks-timeline/define.js': ['../src/define.ts'],
          'talks-timeline/core.js': ['../src/core/index.ts'],
          'talks-timeline/data/*': ['../data/*'],
        },
      },
      include: ['*.ts'],
    },
    null,
    2,
  ),
);
try {
  execFileSync(new URL('node_modules/.bin/tsc', root).pathname, ['-p', new URL('tsconfig.json', dir).pathname], { stdio: 'inherit' });
  console.log(`README: ${blocks.length} TypeScript/JavaScript snippets type-check.`);
} catch {
  console.error('README snippets do not type-check (see above).');
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
