/**
 * Debian's Chromium for the browser tests, driven by playwright-core (which ships no browser).
 * Never skips: when Chromium is missing it is installed (as root) or the tests fail saying how.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function find(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

/** The path of a Chromium binary, installing Debian's package first when running as root. */
export function chromiumPath(): string {
  let path = find();
  if (path) return path;
  if (process.getuid?.() === 0) {
    execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    path = find();
    if (path) return path;
    throw new Error('Installed the "chromium" package but found no Chromium binary at ' + CANDIDATES.join(', '));
  }
  throw new Error(
    'The browser tests need Chromium and none was found (looked at $CHROMIUM_PATH and ' +
      CANDIDATES.join(', ') +
      '). Install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}
