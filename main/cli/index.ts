/** `npm run rebond -- <command> ...` */
import { runCli } from './run';

process.exitCode = runCli(process.argv.slice(2));
