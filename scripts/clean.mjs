import { rmSync } from 'node:fs';
for (const dir of ['dist', 'cdn', 'custom-elements.json']) rmSync(new URL(`../${dir}`, import.meta.url), { recursive: true, force: true });
