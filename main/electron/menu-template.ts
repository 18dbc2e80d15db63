/** The application menu, in the shell's language: editing, zoom and window commands only. Pure data. */
import type { MenuItemConstructorOptions } from 'electron';
import { translate, type Lang } from '../../shared/i18n';

export function menuTemplate(
  lang: Lang,
  options: { mac: boolean; developer: boolean; backToLocal?: () => void; pairingCode?: () => void },
): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const edit: MenuItemConstructorOptions = {
    label: t('desktop.menu.edit'),
    submenu: [
      { role: 'undo', label: t('desktop.menu.undo') },
      { role: 'redo', label: t('desktop.menu.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('desktop.menu.cut') },
      { role: 'copy', label: t('desktop.menu.copy') },
      { role: 'paste', label: t('desktop.menu.paste') },
      { role: 'selectAll', label: t('desktop.menu.selectAll') },
    ],
  };
  const developer: MenuItemConstructorOptions[] = options.developer
    ? [
        { type: 'separator' },
        { role: 'reload', label: t('desktop.menu.reload') },
        { role: 'toggleDevTools', label: t('desktop.menu.devTools') },
      ]
    : [];
  const view: MenuItemConstructorOptions = {
    label: t('desktop.menu.view'),
    submenu: [
      { role: 'resetZoom', label: t('desktop.menu.resetZoom') },
      { role: 'zoomIn', label: t('desktop.menu.zoomIn') },
      { role: 'zoomOut', label: t('desktop.menu.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('desktop.menu.fullScreen') },
      ...developer,
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: t('desktop.menu.window'),
    submenu: [
      { role: 'minimize', label: t('desktop.menu.minimize') },
      { role: 'close', label: t('desktop.menu.close') },
      // A desk of a hub: the way back to this computer's own store (the hub's pages cannot change the setting).
      ...(options.backToLocal
        ? [{ type: 'separator' } as const, { label: t('desk.menuBackToLocal'), click: options.backToLocal }]
        : []),
      // The app acting as hub: the code a new desk pairs with (no console shows it here) and the fingerprint.
      ...(options.pairingCode ? [{ label: t('desk.menuPairingCode'), click: options.pairingCode }] : []),
      ...(options.mac
        ? []
        : [{ type: 'separator' } as const, { role: 'quit', label: t('desktop.menu.quit') } as const]),
    ],
  };
  return options.mac ? [{ role: 'appMenu' }, edit, view, window] : [edit, view, window];
}
