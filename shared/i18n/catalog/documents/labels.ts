import type { LabelErrorCode } from '../../../label-errors';
import type { DeviceKind } from '../../../domain/values';
import { defineMessages } from '../../define';

type ShortKind = `labels.short.${DeviceKind}`;

/** Asset labels: short kind names that fit a Dymo label, their print options, their refusals and the intake toggle. */
export const labelMessages = defineMessages({
  fr: {
    'error.label_device_gone': 'Pas d’étiquette pour {assetTag} : l’appareil est « {state} ».',
    'error.labels_all_gone': 'Aucune étiquette à imprimer : tous ces appareils sont recyclés, perdus ou volés.',
    'error.labels_start_sheet_only':
      'La position de départ ne vaut que pour une planche A4 entamée ; un rouleau ou une étiquette Dymo commence toujours à la suivante.',
    'labels.short.laptop': 'Portable',
    'labels.short.desktop': 'PC fixe',
    'labels.short.tablet': 'Tablette',
    'labels.short.phone': 'Téléphone',
    'labels.short.other': 'Autre',
    'labels.dpi': 'Imprimante',
    'labels.dpiValue': '{dpi} dpi',
    'labels.start': 'Première étiquette',
    'labels.startHint':
      'Planche entamée : numéro de la première étiquette libre, de 1 à 24, ligne par ligne depuis le haut à gauche.',
    'labels.withGrade': 'Grade imprimé',
    'intake.printLabels': 'Imprimer l’étiquette de chaque appareil scanné',
    'intake.printLabelsHint': 'Alt+L active ou coupe ; le choix reste sur ce poste.',
    'intake.labelPrinted': 'Étiquette {reference} envoyée à l’impression.',
    'field.labels': 'Étiquettes',
    'field.start': 'Première étiquette libre',
    'field.dpi': 'Résolution de l’imprimante',
  } satisfies Record<`error.${LabelErrorCode}` | ShortKind | `${string}.${string}`, string>,
  en: {
    'error.label_device_gone': 'No label for {assetTag}: the device is “{state}”.',
    'error.labels_all_gone': 'No label to print: every one of these devices is recycled, lost or stolen.',
    'error.labels_start_sheet_only':
      'A start position only applies to a partly used A4 sheet; a roll or a Dymo label always starts at the next one.',
    'labels.short.laptop': 'Laptop',
    'labels.short.desktop': 'Desktop',
    'labels.short.tablet': 'Tablet',
    'labels.short.phone': 'Phone',
    'labels.short.other': 'Other',
    'labels.dpi': 'Printer',
    'labels.dpiValue': '{dpi} dpi',
    'labels.start': 'First label',
    'labels.startHint': 'Partly used sheet: number of the first free label, 1 to 24, row by row from the top left.',
    'labels.withGrade': 'Print the grade',
    'intake.printLabels': 'Print each scanned device’s label',
    'intake.printLabelsHint': 'Alt+L turns it on or off; the choice stays with this workstation.',
    'intake.labelPrinted': 'Label {reference} sent to print.',
    'field.labels': 'Labels',
    'field.start': 'First free label',
    'field.dpi': 'Printer resolution',
  },
});

/** Compile-time proof that every label error code has its message. */
export const everyLabelErrorHasMessage: Record<`error.${LabelErrorCode}`, string> = labelMessages.fr;
