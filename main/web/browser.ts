import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(candidates: readonly string[] = CANDIDATES): string | null {
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** Opens the app in its own window (Chromium's app mode); returns false when no Chromium was found. */
export function openAppWindow(url: string, executable = findChromium()): boolean {
  if (!executable) return false;
  const child = spawn(executable, [`--app=${url}`, '--no-first-run', '--disable-background-networking'], {
    detached: true,
    stdio: 'ignore',
  });
  child.on('error', () => undefined);
  child.unref();
  return true;
}
