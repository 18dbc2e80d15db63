import { execFileSync } from 'node:child_process';

/** End-to-end tests drive the built renderer: build it once per run. */
export default function setup(): void {
  execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
