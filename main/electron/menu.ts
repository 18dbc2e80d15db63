import { Menu } from 'electron';
import type { Lang } from '../../shared/i18n';
import { menuTemplate } from './menu-template';

export function installMenu(
  lang: Lang,
  developer: boolean,
  deskOfHub: { backToLocal?: () => void; pairingCode?: () => void } = {},
): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(lang, { mac: process.platform === 'darwin', developer, ...deskOfHub })),
  );
}
