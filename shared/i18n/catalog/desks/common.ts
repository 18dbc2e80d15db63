import { defineMessages } from '../../define';

/** Words every desk shares: the scan field, lookups, keys. */
export const deskCommonMessages = defineMessages({
  fr: {
    'desk.scanPrompt': 'Scannez ou saisissez puis Entrée',
    'desk.deviceCard': 'Appareil scanné',
    'desk.scanEmpty': 'Rien n’a été scanné : scannez l’étiquette, le numéro de série ou l’IMEI, puis Entrée.',
    'desk.noDeviceMatches':
      'Aucun appareil ne correspond à « {query} ». Vérifiez l’étiquette ou scannez le numéro de série.',
    'desk.chooseCandidate': 'Plusieurs appareils ({count}) correspondent : choisissez le bon.',
    'desk.scanDevice': 'Appareil (étiquette, n° de série ou IMEI)',
    'desk.confirmKey': 'Ctrl+Entrée',
  },
  en: {
    'desk.scanPrompt': 'Scan or type, then Enter',
    'desk.deviceCard': 'Scanned device',
    'desk.scanEmpty': 'Nothing was scanned: scan the asset tag, serial or IMEI, then Enter.',
    'desk.noDeviceMatches': 'No device matches "{query}". Check the tag or scan the serial number.',
    'desk.chooseCandidate': 'Several devices ({count}) match: pick the right one.',
    'desk.scanDevice': 'Device (asset tag, serial or IMEI)',
    'desk.confirmKey': 'Ctrl+Enter',
  },
});
