import type { RecyclerKind, WasteCode } from '../../domain/waste';
import type { WasteErrorCode } from '../../waste-errors';
import { defineMessages } from '../define';

type Keys =
  | `error.${WasteErrorCode}`
  | `wasteCode.${WasteCode}`
  | `recyclerKind.${RecyclerKind}`
  | `${string}.${string}`;

/** The recycling register: waste codes with their labels (European list of waste), takers, and its refusals. */
export const wasteMessages = defineMessages({
  fr: {
    'wasteCode.16 02 13*': '16 02 13* — équipements mis au rebut contenant des composants dangereux (entreprises)',
    'wasteCode.16 02 14': '16 02 14 — équipements mis au rebut sans composant dangereux (entreprises)',
    'wasteCode.20 01 35*':
      '20 01 35* — équipements électriques et électroniques contenant des composants dangereux (ménages)',
    'wasteCode.20 01 36': '20 01 36 — équipements électriques et électroniques sans composant dangereux (ménages)',
    'recyclerKind.eco_organisme': 'Éco-organisme',
    'recyclerKind.operator': 'Opérateur de traitement',
    'error.waste_transport_required':
      'Le code {code} désigne un déchet dangereux : indiquez l’identifiant Trackdéchets du bordereau (BSD-AAAAMMJJ-XXXXXXXXX).',
    'error.waste_transport_format':
      'Le bordereau « {value} » n’a pas la forme d’un identifiant Trackdéchets : BSD-AAAAMMJJ- suivi de 9 lettres ou chiffres, par exemple BSD-20261120-A1B2C3D4E.',
    'export.column.wasteCode': 'Code déchet',
    'export.column.wasteLabel': 'Désignation du déchet',
    'export.column.hazardous': 'Dangereux',
    'export.column.recyclerKind': 'Éco-organisme ou opérateur',
    'export.column.contractRef': 'Contrat',
    'export.column.transportDocument': 'Bordereau (BSD / Trackdéchets)',
    'field.wasteCode': 'Code déchet',
    'field.recyclerKind': 'Type de repreneur',
    'field.contractRef': 'Contrat',
    'field.transportDocument': 'Bordereau de suivi',
    'recyclingDesk.wasteCodeChoose': 'Choisir le code déchet…',
    'recyclingDesk.wasteCodeHint':
      'L’astérisque (*) marque un déchet dangereux : il part avec un bordereau Trackdéchets. 16 02 : déchets d’entreprises ; 20 01 : déchets des ménages.',
    'recyclingDesk.wasteCodeRequired':
      'Choisissez le code déchet de l’enlèvement : le registre des déchets le demande.',
    'recyclingDesk.recyclerKindUnknown': 'Non précisé',
    'recyclingDesk.transportHazardous':
      'Obligatoire pour un déchet dangereux : l’identifiant Trackdéchets, BSD-AAAAMMJJ- suivi de 9 lettres ou chiffres.',
    'recyclingDesk.transportOther': 'Le numéro du bordereau s’il y en a un (formulaire papier ou Trackdéchets).',
  } satisfies Record<Keys, string>,
  en: {
    'wasteCode.16 02 13*': '16 02 13* — discarded equipment containing hazardous components (businesses)',
    'wasteCode.16 02 14': '16 02 14 — discarded equipment without hazardous components (businesses)',
    'wasteCode.20 01 35*':
      '20 01 35* — discarded electrical and electronic equipment containing hazardous components (households)',
    'wasteCode.20 01 36':
      '20 01 36 — discarded electrical and electronic equipment without hazardous components (households)',
    'recyclerKind.eco_organisme': 'Producer responsibility organisation (éco-organisme)',
    'recyclerKind.operator': 'Waste operator',
    'error.waste_transport_required':
      'Code {code} is hazardous waste: give the Trackdéchets identifier of its transport document (BSD-YYYYMMDD-XXXXXXXXX).',
    'error.waste_transport_format':
      'Transport document “{value}” is not shaped like a Trackdéchets identifier: BSD-YYYYMMDD- then 9 letters or digits, e.g. BSD-20261120-A1B2C3D4E.',
    'export.column.wasteCode': 'Waste code',
    'export.column.wasteLabel': 'Waste description',
    'export.column.hazardous': 'Hazardous',
    'export.column.recyclerKind': 'PRO or operator',
    'export.column.contractRef': 'Contract',
    'export.column.transportDocument': 'Transport document (BSD / Trackdéchets)',
    'field.wasteCode': 'Waste code',
    'field.recyclerKind': 'Taker',
    'field.contractRef': 'Contract',
    'field.transportDocument': 'Transport document',
    'recyclingDesk.wasteCodeChoose': 'Choose the waste code…',
    'recyclingDesk.wasteCodeHint':
      'An asterisk (*) marks hazardous waste: it leaves with a Trackdéchets transport document. 16 02: waste from businesses; 20 01: household waste.',
    'recyclingDesk.wasteCodeRequired': 'Choose the pickup’s waste code: the waste register needs it.',
    'recyclingDesk.recyclerKindUnknown': 'Not given',
    'recyclingDesk.transportHazardous':
      'Required for hazardous waste: the Trackdéchets identifier, BSD-YYYYMMDD- then 9 letters or digits.',
    'recyclingDesk.transportOther': 'The transport document’s number, if there is one (a paper form or Trackdéchets).',
  },
});
