// Debian's Chromium, as every script of ours starts it (tests, smoke checks, benches, sizes,
// screenshots). The flags keep it off this machine's closed network: without
// --disable-background-networking it keeps trying to reach Google's hosts.
import puppeteer from 'puppeteer-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];

/** Headless Chromium (`CHROME_PATH` or /usr/bin/chromium) with `extraArgs` after ours. */
export function launchChromium({ extraArgs = [], ...options } = {}) {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    ...options,
  });
}
