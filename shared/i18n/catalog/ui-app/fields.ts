import { defineMessages } from '../../define';

/** Labels of the setup, administration and device-record inputs, as validation errors name them. */
export const appFieldMessages = defineMessages({
  fr: {
    'field.siteName': 'Nom du site',
    'field.operatorName': 'Administrateur ou administratrice',
    'field.organisation': 'Nom de la structure',
    'field.organisationName': 'Nom de la structure',
    'field.assetTagPrefix': 'Préfixe des étiquettes',
    'field.assetTagDigits': 'Nombre de chiffres',
    'field.roles': 'Rôles',
    'field.changes': 'Fiche',
  },
  en: {
    'field.siteName': 'Site name',
    'field.operatorName': 'Administrator',
    'field.organisation': 'Organisation name',
    'field.organisationName': 'Organisation name',
    'field.assetTagPrefix': 'Asset tag prefix',
    'field.assetTagDigits': 'Number of digits',
    'field.roles': 'Roles',
    'field.changes': 'Record',
  },
});
