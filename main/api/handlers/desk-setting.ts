import type { deskSettingContract } from '../../../shared/contract/desk-setting';
import { DomainError } from '../../errors';
import type { HandlersFor } from '../dispatch';

const desktopOnly = (): never => {
  throw new DomainError('desk_setting_desktop_only');
};

/**
 * The desk setting belongs to the desktop app on its own machine (main/electron/desk-setting-handlers.ts replaces
 * these there): the browser edition and a hub's desks have none to change.
 */
export const deskSettingHandlers: HandlersFor<typeof deskSettingContract> = {
  'deskSetting.get': desktopOnly,
  'deskSetting.probeHub': desktopOnly,
  'deskSetting.save': desktopOnly,
};
