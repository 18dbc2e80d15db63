import { defineMessages } from '../define';

/** The shell, sign-in, dashboard, inventory, device page and administration screens. */
export const uiAppMessages = defineMessages({
  fr: {
    'nav.dashboard': 'Tableau de bord',
    'nav.inventory': 'Inventaire',
    'nav.intake': 'Réception',
    'nav.erasure': 'Effacement',
    'nav.refurbishment': 'Atelier',
    'nav.recycling': 'Recyclage',
    'nav.admin': 'Administration',
  },
  en: {
    'nav.dashboard': 'Dashboard',
    'nav.inventory': 'Inventory',
    'nav.intake': 'Intake',
    'nav.erasure': 'Erasure',
    'nav.refurbishment': 'Workshop',
    'nav.recycling': 'Recycling',
    'nav.admin': 'Administration',
  },
});
