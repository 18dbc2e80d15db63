/**
 * Child process for the unclean-shutdown test: opens the store at the path it is given, writes a setting, says
 * `'ready'` and keeps the store open until the parent kills it, as a crash or a power cut would.
 */
import { openStore } from '../../main/store/store';
import { write } from '../../main/services/unit-of-work';

const store = openStore(process.argv[2] ?? '');
write(store, null, () => store.settings.set('holder', 'was here'));
process.send?.('ready');
setInterval(() => undefined, 1000);
