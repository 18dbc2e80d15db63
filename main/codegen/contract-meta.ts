import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderContractMeta } from '../../shared/contract/meta';

/** Writes the renderer's copy of the contract's roles and field limits (run by `npm run generate:contract`). */
const CONTRACT_META_PATH = fileURLToPath(new URL('../../renderer/generated/contract-meta.ts', import.meta.url));

writeFileSync(CONTRACT_META_PATH, renderContractMeta());
