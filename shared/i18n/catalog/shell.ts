import { defineMessages } from '../define';

/** The desktop shell (Electron) and its launcher: start-up lines and failures, the native menu. `desktop.*` keys. */
export const shellMessages = defineMessages({
  fr: {
    'desktop.runtime.missing': 'Rebond : Electron n’est pas installé sur ce poste, démarrage de l’édition navigateur.',
    'desktop.runtime.installed': 'Rebond : environnement Electron installé.',
    'desktop.runtime.downloadFailed':
      'Rebond : Electron n’a pas pu être téléchargé ici ; `npm start` ouvrira l’édition navigateur.',
    'desktop.browser.noChromium': 'Rebond : aucun Chromium trouvé sur ce poste, ouvrez ce lien dans votre navigateur.',
    'desktop.native.building': 'Rebond : compilation du module SQLite pour Electron {version} (quelques minutes)…',
    'desktop.native.built': 'Rebond : module SQLite compilé pour Electron {version}.',
    'desktop.native.failed':
      'Rebond : le module SQLite pour Electron {version} n’a pas pu être compilé ({detail}) ; relancez `npm start` avec un accès au réseau.',
    'desktop.native.mismatch':
      'Le module SQLite installé est compilé pour un autre environnement (ABI {found}, Electron attend {expected}). Relancez `npm start` avec un accès au réseau pour le recompiler, ou utilisez l’édition navigateur (`npm run serve`).',
    'desktop.startFailed': 'Rebond ne peut pas démarrer',
    'desktop.menu.edit': 'Édition',
    'desktop.menu.view': 'Affichage',
    'desktop.menu.window': 'Fenêtre',
    'desktop.menu.undo': 'Annuler',
    'desktop.menu.redo': 'Rétablir',
    'desktop.menu.cut': 'Couper',
    'desktop.menu.copy': 'Copier',
    'desktop.menu.paste': 'Coller',
    'desktop.menu.selectAll': 'Tout sélectionner',
    'desktop.menu.zoomIn': 'Zoom avant',
    'desktop.menu.zoomOut': 'Zoom arrière',
    'desktop.menu.resetZoom': 'Taille réelle',
    'desktop.menu.fullScreen': 'Plein écran',
    'desktop.menu.reload': 'Recharger',
    'desktop.menu.devTools': 'Outils de développement',
    'desktop.menu.minimize': 'Réduire',
    'desktop.menu.close': 'Fermer la fenêtre',
    'desktop.menu.quit': 'Quitter Rebond',
  },
  en: {
    'desktop.runtime.missing': 'Rebond: the Electron runtime is not installed here; starting the browser edition.',
    'desktop.runtime.installed': 'Rebond: Electron runtime installed.',
    'desktop.runtime.downloadFailed':
      'Rebond: the Electron runtime could not be downloaded here; `npm start` will open the browser edition.',
    'desktop.browser.noChromium': 'Rebond: no Chromium found on this machine; open this link in your browser.',
    'desktop.native.building': 'Rebond: building the SQLite module for Electron {version} (a few minutes)…',
    'desktop.native.built': 'Rebond: SQLite module built for Electron {version}.',
    'desktop.native.failed':
      'Rebond: the SQLite module for Electron {version} could not be built ({detail}); run `npm start` again with network access.',
    'desktop.native.mismatch':
      'The installed SQLite module was built for another runtime (ABI {found}, Electron needs {expected}). Run `npm start` again with network access to rebuild it, or use the browser edition (`npm run serve`).',
    'desktop.startFailed': 'Rebond cannot start',
    'desktop.menu.edit': 'Edit',
    'desktop.menu.view': 'View',
    'desktop.menu.window': 'Window',
    'desktop.menu.undo': 'Undo',
    'desktop.menu.redo': 'Redo',
    'desktop.menu.cut': 'Cut',
    'desktop.menu.copy': 'Copy',
    'desktop.menu.paste': 'Paste',
    'desktop.menu.selectAll': 'Select all',
    'desktop.menu.zoomIn': 'Zoom in',
    'desktop.menu.zoomOut': 'Zoom out',
    'desktop.menu.resetZoom': 'Actual size',
    'desktop.menu.fullScreen': 'Full screen',
    'desktop.menu.reload': 'Reload',
    'desktop.menu.devTools': 'Developer tools',
    'desktop.menu.minimize': 'Minimise',
    'desktop.menu.close': 'Close window',
    'desktop.menu.quit': 'Quit Rebond',
  },
});
