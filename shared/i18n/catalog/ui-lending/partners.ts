import { defineMessages } from '../../define';

/** The partners screen and its dialog. */
export const partnerScreenMessages = defineMessages({
  fr: {
    'partners.title': 'Partenaires',
    'partners.count.one': '{count} partenaire',
    'partners.count.other': '{count} partenaires',
    'partners.empty': 'Aucun partenaire pour l’instant.',
    'partners.new': 'Nouveau partenaire',
    'partners.createTitle': 'Nouveau partenaire',
    'partners.editTitle': 'Modifier « {name} »',
    'partners.name': 'Nom',
    'partners.kind': 'Type',
    'partners.contact': 'Personne à contacter',
    'partners.contactName': 'Nom et fonction',
    'partners.status': 'État',
    'partners.activeLabel': 'Actif (peut adresser des bénéficiaires et recevoir des appareils)',
    'partners.saved': 'Partenaire « {name} » enregistré.',
  },
  en: {
    'partners.title': 'Partners',
    'partners.count.one': '{count} partner',
    'partners.count.other': '{count} partners',
    'partners.empty': 'No partners yet.',
    'partners.new': 'New partner',
    'partners.createTitle': 'New partner',
    'partners.editTitle': 'Edit "{name}"',
    'partners.name': 'Name',
    'partners.kind': 'Kind',
    'partners.contact': 'Contact person',
    'partners.contactName': 'Name and role',
    'partners.status': 'Status',
    'partners.activeLabel': 'Active (may refer beneficiaries and receive devices)',
    'partners.saved': 'Partner "{name}" saved.',
  },
});
