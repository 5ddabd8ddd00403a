// Headless Chromium for the browser suites (the packages in a page, the HTML report, the docs):
// Debian's `chromium` driven by playwright-core, no downloaded browser. In CI (CI=true) a missing
// or broken browser fails the suite; locally the suite is skipped with how to install it.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = [
  process.env.MOTCUA_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter((p) => typeof p === 'string' && p !== '');

export const INSTALL_HINT =
  "Install Debian's Chromium (`sudo apt-get install chromium`) or set MOTCUA_CHROMIUM to a Chromium/Chrome executable, then run the check again.";

/** The browser's executable, or `null` when none is installed. */
export function chromiumPath() {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * Launches headless Chromium. Returns `null` (after printing the install hint as a warning) when no
 * browser is installed and not in CI; throws in CI or when an installed browser cannot start.
 */
export async function launchChromium(what) {
  const executablePath = chromiumPath();
  if (executablePath === null) {
    const message = `${what}: no Chromium found. ${INSTALL_HINT}`;
    if (process.env.CI) throw new Error(`CI: ${message}`);
    console.warn(`⚠ skipped: ${message}`);
    return null;
  }
  return chromium.launch({
    executablePath,
    headless: true,
    // The sandbox needs user namespaces that containers and root sessions do not have.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}
