import { defineMessages } from '../../define';

/** First start, choosing who works at this station, and the PIN prompt. */
export const sessionMessages = defineMessages({
  fr: {
    'setup.title': 'Bienvenue dans Rebond',
    'setup.intro':
      'Première mise en route : indiquez votre structure, votre site et la personne qui administrera Rebond. Vous pourrez ajouter les autres sites et opérateurs ensuite.',
    'setup.organisation': 'Nom de la structure',
    'setup.organisationHint': 'Imprimé sur les certificats et les bons de remise.',
    'setup.siteName': 'Nom du site',
    'setup.siteNameHint': 'Par exemple « Atelier de Villeurbanne ».',
    'setup.operatorName': 'Administrateur ou administratrice',
    'setup.operatorNameHint': 'Prénom et nom de la première personne qui utilisera Rebond.',
    'setup.pin': 'Code PIN',
    'setup.pinHint': 'De 4 à 8 chiffres. Sans code, n’importe qui à ce poste peut se connecter sous ce nom.',
    'setup.submit': 'Créer et commencer',
    'operators.title': 'Qui travaille à ce poste ?',
    'operators.intro': 'Choisissez votre nom. Touches 1 à 9 ou flèches, puis Entrée.',
    'operators.none': 'Aucun opérateur actif. Un administrateur doit réactiver un compte.',
    'operators.hasPin': 'Code PIN demandé',
    'pin.title': 'Code PIN {de:name}',
    'pin.label': 'Code PIN',
    'pin.hint': 'De 4 à 8 chiffres, puis Entrée.',
    'pin.submit': 'Se connecter',
  },
  en: {
    'setup.title': 'Welcome to Rebond',
    'setup.intro':
      'First start: give your organisation, your site and the person who will administer Rebond. You can add other sites and operators afterwards.',
    'setup.organisation': 'Organisation name',
    'setup.organisationHint': 'Printed on certificates and handover notes.',
    'setup.siteName': 'Site name',
    'setup.siteNameHint': 'For example "Villeurbanne workshop".',
    'setup.operatorName': 'Administrator',
    'setup.operatorNameHint': 'First and last name of the first person to use Rebond.',
    'setup.pin': 'PIN',
    'setup.pinHint': '4 to 8 digits. Without a PIN, anyone at this station can sign in under this name.',
    'setup.submit': 'Create and start',
    'operators.title': 'Who is working at this station?',
    'operators.intro': 'Choose your name. Keys 1 to 9 or arrows, then Enter.',
    'operators.none': 'No active operator. An administrator must reactivate an account.',
    'operators.hasPin': 'PIN required',
    'pin.title': 'PIN for {name}',
    'pin.label': 'PIN',
    'pin.hint': '4 to 8 digits, then Enter.',
    'pin.submit': 'Sign in',
  },
});
