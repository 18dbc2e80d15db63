import type { DeviceKind } from '../../domain/values';
import type { TaxReceiptErrorCode } from '../../tax-receipt-errors';
import { defineMessages } from '../define';

type Goods = `taxReceipt.goods.${DeviceKind}`;

/** Donors' tax receipts (cerfa 16216 and 11580): the paper, the batch's panel, the yearly totals and the refusals. */
export const taxReceiptMessages = defineMessages({
  fr: {
    'error.tax_receipt_valuation_missing':
      'Le reçu fiscal du lot {batch} ne peut pas être établi : renseignez d’abord sa valeur (« Valeur du don »), que le donateur communique (une entreprise à son coût de revient).',
    'error.tax_receipt_siren_invalid':
      'Le SIREN « {siren} » n’est pas valable : il compte 9 chiffres et sa clé de contrôle (Luhn) doit être juste.',
    'error.tax_receipt_siren_missing':
      'Le reçu fiscal d’une entreprise porte son SIREN : renseignez le SIREN du donateur {donor}.',
    'error.tax_receipt_legal_form_missing':
      'Le reçu fiscal d’une entreprise porte sa forme juridique : renseignez celle du donateur {donor}.',
    'error.tax_receipt_address_missing':
      'Le reçu fiscal porte l’adresse du donateur : renseignez l’adresse de {donor}.',
    'error.tax_receipt_eligibility_missing':
      'Le reçu fiscal porte la mention qui rend l’organisme éligible (« Mention d’éligibilité », Administration → Organisation) : elle n’est pas renseignée.',
    'error.tax_receipt_organisation_incomplete':
      'Le reçu fiscal ne peut pas être établi : il manque {missing} de l’organisation (Administration → Organisation).',
    'error.tax_receipt_donor_kind':
      'Pas de reçu fiscal pour un donateur « {kind} » : Rebond établit le cerfa 2041-MEC-SD pour une entreprise et le cerfa 11580 pour un particulier.',
    'error.tax_receipt_no_goods':
      'Le lot {batch} ne contient aucun appareil : un reçu de don en nature décrit les biens donnés.',
    'error.tax_receipt_already_issued':
      'Le reçu fiscal {reference} est déjà établi pour ce lot : réimprimez-le ; sa valeur ne peut plus changer.',
    'taxReceipt.field.organisationName': 'le nom',
    'taxReceipt.field.organisationAddress': 'l’adresse',
    'taxReceipt.goods.laptop': { one: '{count} ordinateur portable', other: '{count} ordinateurs portables' },
    'taxReceipt.goods.desktop': { one: '{count} ordinateur de bureau', other: '{count} ordinateurs de bureau' },
    'taxReceipt.goods.tablet': { one: '{count} tablette', other: '{count} tablettes' },
    'taxReceipt.goods.phone': { one: '{count} téléphone', other: '{count} téléphones' },
    'taxReceipt.goods.other': {
      one: '{count} autre équipement informatique',
      other: '{count} autres équipements informatiques',
    },
    'taxReceipt.title': 'Reçu au titre des dons à certains organismes d’intérêt général',
    'taxReceipt.subtitle.2041-MEC-SD':
      'Don d’une entreprise · article 238 bis du code général des impôts · formulaire 2041-MEC-SD (cerfa n° 16216)',
    'taxReceipt.subtitle.11580':
      'Don d’un particulier · articles 200, 238 bis et 978 du code général des impôts · cerfa n° 11580',
    'taxReceipt.number': 'Reçu n° {reference}',
    'taxReceipt.beneficiary': 'Organisme bénéficiaire',
    'taxReceipt.name': 'Dénomination',
    'taxReceipt.address': 'Adresse',
    'taxReceipt.registration': 'Immatriculation',
    'taxReceipt.eligibility': 'Qualité de l’organisme',
    'taxReceipt.donor': 'Donateur',
    'taxReceipt.donorCompanyName': 'Dénomination sociale',
    'taxReceipt.donorName': 'Nom et prénom',
    'taxReceipt.siren': 'N° SIREN',
    'taxReceipt.legalForm': 'Forme juridique',
    'taxReceipt.gift': 'Don',
    'taxReceipt.giftDate': 'Date du don',
    'taxReceipt.giftNature': 'Nature',
    'taxReceipt.inKind': 'Don en nature',
    'taxReceipt.batch': 'Lot',
    'taxReceipt.goods': 'Description des biens donnés',
    'taxReceipt.goodsTable.kind': 'Nature',
    'taxReceipt.goodsTable.count': 'Quantité',
    'taxReceipt.value': 'Valeur du don',
    'taxReceipt.valueFigures': 'En chiffres',
    'taxReceipt.valueWords': 'En toutes lettres',
    'taxReceipt.valueBasis.2041-MEC-SD':
      'Valeur déclarée par l’entreprise donatrice, à son coût de revient, sous sa responsabilité.',
    'taxReceipt.valueBasis.11580': 'Valeur déclarée par le donateur, sous sa responsabilité.',
    'taxReceipt.certify.2041-MEC-SD':
      'Le bénéficiaire certifie sur l’honneur que les dons et versements qu’il reçoit ouvrent droit à la réduction d’impôt prévue à l’article 238 bis du code général des impôts.',
    'taxReceipt.certify.11580':
      'Le bénéficiaire certifie sur l’honneur que les dons et versements qu’il reçoit ouvrent droit à la réduction d’impôt prévue aux articles 200, 238 bis et 978 du code général des impôts.',
    'taxReceipt.madeAt': 'Fait à {town}, le {date}',
    'taxReceipt.madeOn': 'Fait le {date}',
    'taxReceipt.signatory': 'Pour l’organisme : {name}',
    'taxReceipt.signature': 'Signature',
    'taxReceipt.duplicate': 'Un double de ce reçu est conservé par l’organisme.',
    'taxReceipt.panel': 'Reçu fiscal',
    'taxReceipt.valuation': 'Valeur du don (€)',
    'taxReceipt.valuationHint': 'Communiquée par le donateur ; une entreprise la donne à son coût de revient.',
    'taxReceipt.saveValuation': 'Enregistrer la valeur',
    'taxReceipt.valuationSaved': 'Valeur du lot enregistrée.',
    'taxReceipt.issue': 'Reçu fiscal',
    'taxReceipt.reprint': 'Réimprimer le reçu {reference}',
    'taxReceipt.formLabel.2041-MEC-SD': 'Cerfa 2041-MEC-SD (entreprise)',
    'taxReceipt.formLabel.11580': 'Cerfa 11580 (particulier)',
    'taxReceipt.noForm': 'Pas de reçu fiscal pour ce type de donateur.',
    'taxReceipt.yearTotal': {
      plural: 'count',
      one: '{year} : {count} reçu fiscal établi, {amount} au total',
      other: '{year} : {count} reçus fiscaux établis, {amount} au total',
    },
    'field.siren': 'SIREN',
    'field.legalForm': 'Forme juridique',
    'taxReceipt.valuationInvalid': 'La valeur du don doit être un montant en euros, par exemple 1 234,50.',
    'taxReceipt.identity': 'Donateur : SIREN, forme juridique, adresse',
    'taxReceipt.saveIdentity': 'Enregistrer le donateur',
    'taxReceipt.identitySaved': 'Coordonnées fiscales du donateur enregistrées.',
    'taxReceipt.eligibilityPanel': 'Reçus fiscaux',
    'taxReceipt.eligibilityHint':
      'Imprimée sur chaque reçu : par exemple « organisme d’intérêt général à caractère social (articles 200 et 238 bis du CGI) ». À faire confirmer par votre expert-comptable.',
    'taxReceipt.eligibilitySaved': 'Mention d’éligibilité enregistrée.',
    'event.batch.valued': 'Valeur du don enregistrée',
    'event.donor.tax_identity_saved': 'Coordonnées fiscales du donateur enregistrées',
    'event.settings.tax_receipt_eligibility_saved': 'Mention d’éligibilité des reçus fiscaux enregistrée',
    'field.mention': 'Mention d’éligibilité',
    'field.year': 'Année',
  } satisfies Record<`error.${TaxReceiptErrorCode}` | Goods | `${string}.${string}`, unknown>,
  en: {
    'error.tax_receipt_valuation_missing':
      'The tax receipt of batch {batch} cannot be issued: first record its value (“Value of the gift”), which the donor provides (a company at its cost price).',
    'error.tax_receipt_siren_invalid':
      'The SIREN “{siren}” is not valid: it has 9 digits and its check digit (Luhn) must be right.',
    'error.tax_receipt_siren_missing': 'A company’s tax receipt carries its SIREN: record the SIREN of donor {donor}.',
    'error.tax_receipt_legal_form_missing':
      'A company’s tax receipt carries its legal form: record that of donor {donor}.',
    'error.tax_receipt_address_missing': 'The tax receipt carries the donor’s address: record the address of {donor}.',
    'error.tax_receipt_eligibility_missing':
      'The tax receipt carries the statement that makes the organisation eligible (“Eligibility statement”, Administration → Organisation): it is not set.',
    'error.tax_receipt_organisation_incomplete':
      'The tax receipt cannot be issued: the organisation’s {missing} is missing (Administration → Organisation).',
    'error.tax_receipt_donor_kind':
      'No tax receipt for a “{kind}” donor: Rebond issues form 2041-MEC-SD for a company and form 11580 for an individual.',
    'error.tax_receipt_no_goods':
      'Batch {batch} holds no device: a receipt for a gift in kind describes the goods given.',
    'error.tax_receipt_already_issued':
      'Tax receipt {reference} is already issued for this batch: reprint it; its value can no longer change.',
    'taxReceipt.field.organisationName': 'name',
    'taxReceipt.field.organisationAddress': 'address',
    'taxReceipt.goods.laptop': { one: '{count} laptop', other: '{count} laptops' },
    'taxReceipt.goods.desktop': { one: '{count} desktop computer', other: '{count} desktop computers' },
    'taxReceipt.goods.tablet': { one: '{count} tablet', other: '{count} tablets' },
    'taxReceipt.goods.phone': { one: '{count} phone', other: '{count} phones' },
    'taxReceipt.goods.other': { one: '{count} other IT item', other: '{count} other IT items' },
    'taxReceipt.title': 'Receipt for gifts to certain organisations of general interest',
    'taxReceipt.subtitle.2041-MEC-SD':
      'Gift by a company · article 238 bis of the French tax code · form 2041-MEC-SD (cerfa no. 16216)',
    'taxReceipt.subtitle.11580':
      'Gift by an individual · articles 200, 238 bis and 978 of the French tax code · cerfa no. 11580',
    'taxReceipt.number': 'Receipt no. {reference}',
    'taxReceipt.beneficiary': 'Beneficiary organisation',
    'taxReceipt.name': 'Name',
    'taxReceipt.address': 'Address',
    'taxReceipt.registration': 'Registration',
    'taxReceipt.eligibility': 'Status of the organisation',
    'taxReceipt.donor': 'Donor',
    'taxReceipt.donorCompanyName': 'Company name',
    'taxReceipt.donorName': 'Name',
    'taxReceipt.siren': 'SIREN',
    'taxReceipt.legalForm': 'Legal form',
    'taxReceipt.gift': 'Gift',
    'taxReceipt.giftDate': 'Date of the gift',
    'taxReceipt.giftNature': 'Nature',
    'taxReceipt.inKind': 'Gift in kind',
    'taxReceipt.batch': 'Batch',
    'taxReceipt.goods': 'Description of the goods given',
    'taxReceipt.goodsTable.kind': 'Nature',
    'taxReceipt.goodsTable.count': 'Quantity',
    'taxReceipt.value': 'Value of the gift',
    'taxReceipt.valueFigures': 'In figures',
    'taxReceipt.valueWords': 'In words',
    'taxReceipt.valueBasis.2041-MEC-SD':
      'Value stated by the donor company, at its cost price, under its responsibility.',
    'taxReceipt.valueBasis.11580': 'Value stated by the donor, under their responsibility.',
    'taxReceipt.certify.2041-MEC-SD':
      'The beneficiary certifies on its honour that the gifts it receives give right to the tax reduction of article 238 bis of the French tax code.',
    'taxReceipt.certify.11580':
      'The beneficiary certifies on its honour that the gifts it receives give right to the tax reduction of articles 200, 238 bis and 978 of the French tax code.',
    'taxReceipt.madeAt': 'Made at {town} on {date}',
    'taxReceipt.madeOn': 'Made on {date}',
    'taxReceipt.signatory': 'For the organisation: {name}',
    'taxReceipt.signature': 'Signature',
    'taxReceipt.duplicate': 'A duplicate of this receipt is kept by the organisation.',
    'taxReceipt.panel': 'Tax receipt',
    'taxReceipt.valuation': 'Value of the gift (€)',
    'taxReceipt.valuationHint': 'Provided by the donor; a company gives it at its cost price.',
    'taxReceipt.saveValuation': 'Save the value',
    'taxReceipt.valuationSaved': 'Batch value saved.',
    'taxReceipt.issue': 'Tax receipt',
    'taxReceipt.reprint': 'Reprint receipt {reference}',
    'taxReceipt.formLabel.2041-MEC-SD': 'Form 2041-MEC-SD (company)',
    'taxReceipt.formLabel.11580': 'Form 11580 (individual)',
    'taxReceipt.noForm': 'No tax receipt for this kind of donor.',
    'taxReceipt.yearTotal': {
      plural: 'count',
      one: '{year}: {count} tax receipt issued, {amount} in all',
      other: '{year}: {count} tax receipts issued, {amount} in all',
    },
    'field.siren': 'SIREN',
    'field.legalForm': 'Legal form',
    'taxReceipt.valuationInvalid': 'The value of the gift must be an amount in euros, for example 1,234.50.',
    'taxReceipt.identity': 'Donor: SIREN, legal form, address',
    'taxReceipt.saveIdentity': 'Save the donor',
    'taxReceipt.identitySaved': 'Donor’s tax details saved.',
    'taxReceipt.eligibilityPanel': 'Tax receipts',
    'taxReceipt.eligibilityHint':
      'Printed on every receipt: for example “organisation of general interest of a social nature (articles 200 and 238 bis of the CGI)”. Have your accountant confirm it.',
    'taxReceipt.eligibilitySaved': 'Eligibility statement saved.',
    'event.batch.valued': 'Value of the gift recorded',
    'event.donor.tax_identity_saved': 'Donor’s tax details saved',
    'event.settings.tax_receipt_eligibility_saved': 'Tax receipts’ eligibility statement saved',
    'field.mention': 'Eligibility statement',
    'field.year': 'Year',
  },
});
