import { defineMessages } from '../define';

/** Words only assistive technologies read: descriptions of controls whose visible text is their name. */
export const accessibilityMessages = defineMessages({
  fr: {
    'a11y.tileHint': 'Ouvre l’inventaire filtré sur cette étape.',
  },
  en: {
    'a11y.tileHint': 'Opens the inventory filtered on this stage.',
  },
});
