/** `npm run rebond -- <command> ...`, and `rebond <command> ...` in the desktop package (resources/bin/rebond). */
import { translate } from '../../shared/i18n';
import { bindingForThisProcess } from '../electron/runtime/this-process-binding';
import { langFromLocale, terminalLocale } from '../platform/locale';
import { hubMain } from '../hub/serve-hub';
import { deskMain } from './commands/desk';
import { runCliAsync } from './run';

// `rebond list devices --json | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Run by the app's Electron as Node: its SQLite binding must be the one built for Electron, as the shell checks.
const binding = process.versions.electron === undefined ? null : bindingForThisProcess();
if (binding?.kind === 'mismatch') {
  console.error(
    translate(langFromLocale(terminalLocale()), 'desktop.native.mismatch', {
      found: binding.found,
      expected: binding.expected,
    }),
  );
  process.exitCode = 1;
} else if (process.argv[2] === 'hub') {
  // The hub runs until stopped (SIGTERM from systemd): the services headless, for every desk of the site.
  void hubMain(process.argv.slice(3)).then((code) => process.exit(code));
} else if (process.argv[2] === 'desk') {
  // The desktop app's desk setting on this machine: its own store, a desk of a hub, or the site's hub.
  void deskMain(process.argv.slice(3)).then((code) => {
    process.exitCode = code;
  });
} else {
  void runCliAsync(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
