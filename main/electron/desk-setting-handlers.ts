/** The desktop app's own desk setting, in its data folder: replaces the other editions' refusal (api-host-entry.ts). */
import type { Handlers } from '../api/dispatch';
import { deskSettingOf, probeHub, saveDeskSettingFor } from '../platform/desk-setting';

export function desktopDeskSettingHandlers(
  dataDir: string,
): Pick<Handlers, 'deskSetting.get' | 'deskSetting.probeHub' | 'deskSetting.save'> {
  return {
    'deskSetting.get': () => deskSettingOf(dataDir),
    'deskSetting.probeHub': ({ hubAddress }) => probeHub(hubAddress),
    'deskSetting.save': (input) => saveDeskSettingFor(dataDir, input),
  };
}
