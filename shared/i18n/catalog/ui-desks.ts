import { defineMessages } from '../define';

/** The warehouse desks: intake, erasure, refurbishment and recycling. */
export const uiDesksMessages = defineMessages({
  fr: {
    'desk.scanPrompt': 'Scannez ou saisissez puis Entrée',
  },
  en: {
    'desk.scanPrompt': 'Scan or type, then Enter',
  },
});
