// Makes sure a Chrome/Chromium exists for the browser tests. As root with apt-get, installs
// Debian's chromium when none is found; otherwise says how to get one and fails.
import { execSync } from 'node:child_process';
import { findChrome } from './chrome-path.mjs';

let found = findChrome();
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
    hasApt = true;
  } catch {
    // no apt-get: say how to install a browser instead (below)
  }
  if (isRoot && hasApt) {
    console.log("No Chrome/Chromium found: installing Debian's chromium with apt-get…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
      shell: '/bin/sh',
    });
    found = findChrome();
  }
}
if (!found) {
  console.error(
    'No Chrome or Chromium found for the browser tests.\n' +
      'Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}
console.log(`Browser for tests: ${found}`);
