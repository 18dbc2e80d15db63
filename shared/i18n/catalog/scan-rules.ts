import type { ScanErrorCode, ScanWarningCode } from '../../scan-errors';
import { defineMessages } from '../define';

/** What a scan may create (serial and IMEI rules, support addresses). */
export const scanRuleMessages = defineMessages({
  fr: {
    'error.scan_control_characters':
      'Le code lu contient des caractères invisibles (caractères de contrôle) : scannez-le de nouveau ou tapez-le. Rien n’a été créé.',
    'error.scan_url':
      'Ceci ressemble à une adresse web, pas à un numéro de série : « {value} ». Scannez l’étiquette du numéro de série. Rien n’a été créé.',
    'error.serial_too_short':
      'Numéro de série trop court : {length} {characters}, il en faut au moins {min}. Rien n’a été créé.',
    'error.serial_too_long':
      'Numéro de série trop long : {length} {characters}, il en faut au plus {max}. Rien n’a été créé.',
    'error.serial_characters':
      'Le numéro de série « {value} » contient des caractères non admis ({characters}) : seuls les lettres A à Z, les chiffres et {allowed} sont acceptés. Rien n’a été créé.',
    'warning.serial_from_support_url': 'Numéro de série lu dans l’adresse {vendor} : {serial}',
    'warning.serial_placeholder':
      '« {value} » n’est pas un vrai numéro de série (valeur par défaut du fabricant) : l’appareil est enregistré sans numéro de série.',
    'validation.serial_length_order': 'la longueur minimale ne peut pas dépasser la longueur maximale',
    'validation.serial_extra_characters': 'choisissez parmi - _ . / : # +',
    'scan.characters.one': 'caractère',
    'scan.characters.other': 'caractères',
  } satisfies Record<
    | `error.${ScanErrorCode}`
    | `warning.${ScanWarningCode}`
    | `scan.characters.${'one' | 'other'}`
    | `validation.${'serial_length_order' | 'serial_extra_characters'}`,
    string
  >,
  en: {
    'error.scan_control_characters':
      'The scanned code holds invisible (control) characters: scan it again or type it. Nothing was created.',
    'error.scan_url':
      'This looks like a web address, not a serial number: "{value}". Scan the serial number label. Nothing was created.',
    'error.serial_too_short':
      'Serial number too short: {length} {characters}, at least {min} needed. Nothing was created.',
    'error.serial_too_long':
      'Serial number too long: {length} {characters}, at most {max} allowed. Nothing was created.',
    'error.serial_characters':
      'Serial number "{value}" holds characters that are not allowed ({characters}): only letters A to Z, digits and {allowed} are accepted. Nothing was created.',
    'warning.serial_from_support_url': 'Serial number read from the {vendor} address: {serial}',
    'warning.serial_placeholder':
      '"{value}" is not a real serial number (a manufacturer\'s default): the device is recorded without a serial number.',
    'validation.serial_length_order': 'the minimum length cannot exceed the maximum length',
    'validation.serial_extra_characters': 'choose among - _ . / : # +',
    'scan.characters.one': 'character',
    'scan.characters.other': 'characters',
  },
});
