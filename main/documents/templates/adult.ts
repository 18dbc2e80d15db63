/** Rebond's default clauses for a loan to an adult (prêt à usage, Code civil art. 1875 and following). */
import type { Lang } from '../../../shared/i18n';
import {
  enController,
  enLoss,
  enRecipients,
  enRights,
  enSim,
  frController,
  frLoss,
  frRecipients,
  frRights,
  frSim,
} from './common';

const FR_PARTY = { who: 'la personne bénéficiaire', ofWho: 'de la personne bénéficiaire' };
const EN_PARTY = { who: 'the beneficiary' };

export const DEFAULT_ADULT_CLAUSES: Record<Lang, string> = {
  fr: `# Article 1 – Objet et nature du contrat
Le prêteur, {organisation.nom}, prête gratuitement à la personne bénéficiaire, {beneficiaire.nom}, les équipements décrits ci-dessus, dans le cadre du programme « {programme.nom} », pour sa formation, ses démarches et ses liens avec ses proches. Il s’agit d’un prêt à usage (articles 1875 et suivants du Code civil) : gratuit, les équipements étant restitués à son terme.

# Article 2 – Propriété
Les équipements restent la propriété du prêteur. La personne bénéficiaire ne peut ni les vendre, ni les donner, ni les prêter à son tour, ni les mettre en gage, ni retirer leurs étiquettes d’inventaire.

# Article 3 – Usage et soin
La personne bénéficiaire s’engage à :
- utiliser les équipements pour son usage personnel, scolaire ou professionnel, conformément à leur destination et à la loi ;
- les garder et les conserver raisonnablement : au sec, transportés protégés, sans les ouvrir ni les confier à un réparateur ;
- laisser en place les protections installées et n’installer aucun logiciel illicite.

${frSim(FR_PARTY)}

# Article 4 – Assistance
En cas de panne, la personne bénéficiaire s’adresse au prêteur ({organisation.contact}) ou au partenaire référent ({partenaire.nom}). Une panne due à l’usure normale est réparée, ou l’équipement remplacé, sans frais, dans la limite des équipements disponibles.

${frLoss(FR_PARTY, 'sa faute')}

# Article 6 – Durée et restitution
Le prêt court du {remise.date} au {date_retour} ({duree_pret}). À cette date, ou plus tôt si elle quitte le programme, la personne bénéficiaire rapporte équipements et accessoires au prêteur ou au partenaire référent, contre un récépissé de retour. Les données laissées sur les équipements sont effacées à leur retour : elle copie auparavant celles qu’elle veut garder.

# Article 7 – Fin anticipée
Le prêteur peut mettre fin au prêt si les engagements ne sont pas tenus, après une mise en demeure restée sans effet quinze jours ; les équipements sont alors restitués sous huit jours. La personne bénéficiaire peut y mettre fin à tout moment en les restituant.

# Article 8 – Données personnelles
${frController}
- Données conservées : identité, adresse et référence de la personne bénéficiaire ; la catégorie de public dans laquelle le programme la compte, jamais le motif d’un accompagnement ; téléphone et courriel s’ils sont donnés ; partenaire et référent ; équipements et numéros de série ; ICCID et numéro de la carte SIM ; dates ; images des signatures et copie signée.
- Finalités et bases légales : gestion du prêt (exécution du contrat, article 6.1.b du RGPD) ; preuve de la remise et statistiques anonymes pour le financeur (intérêt légitime du prêteur, article 6.1.f) ; rappels par téléphone ou courriel (consentement, article 6.1.a, qui peut être retiré à tout moment).
${frRecipients(true)}
- Conservation : pendant le prêt, puis {duree_conservation} après la restitution ; les données sont ensuite anonymisées, les signatures supprimées.
- Caractère obligatoire : ces données, hors téléphone et courriel, sont nécessaires à la convention ; sans elles, le prêt ne peut être consenti.
${frRights}`,

  en: `# Article 1 – Purpose and nature of the agreement
The lender, {organisation.name}, lends the beneficiary, {beneficiary.name}, free of charge, the equipment described above, as part of the “{programme.name}” programme, for their training, everyday formalities and contact with family and friends. This is a loan for use (prêt à usage, articles 1875 and following of the French Civil Code): free of charge, the equipment being returned when it ends.

# Article 2 – Ownership
The equipment remains the lender’s property. The beneficiary may not sell it, give it away, lend it to anyone else, pledge it or remove its inventory labels.

# Article 3 – Use and care
The beneficiary undertakes to:
- use the equipment for their own personal, school or work purposes, as it is meant to be used and within the law;
- keep and look after it reasonably: dry, carried protected, never opened or handed to a repairer;
- leave the installed protections in place and install no unlawful software.

${enSim(EN_PARTY)}

# Article 4 – Support
In case of a fault, the beneficiary contacts the lender ({organisation.contact}) or the referring partner ({partner.name}). A fault caused by normal wear is repaired, or the equipment replaced, at no cost, as far as equipment is available.

${enLoss(EN_PARTY, 'their fault')}

# Article 6 – Duration and return
The loan runs from {handover.date} to {return_date} ({loan_duration}). On that date, or earlier if they leave the programme, the beneficiary brings the equipment and accessories back to the lender or the referring partner, against a return receipt. Data left on the equipment is erased when it comes back: the beneficiary first copies what they wish to keep.

# Article 7 – Early termination
The lender may end the loan if the undertakings are not kept, after a formal notice left without effect for fifteen days; the equipment is then returned within eight days. The beneficiary may end it at any time by returning the equipment.

# Article 8 – Personal data
${enController}
- Data kept: the beneficiary’s identity, address and reference; the group the programme counts them in, never the reason for any support; phone and e-mail if given; partner and referent; equipment and serial numbers; the SIM card’s ICCID and number; dates; signature images and the signed copy.
- Purposes and legal bases: managing the loan (performance of the contract, Article 6(1)(b) GDPR); proof of the handover and anonymous statistics for the funder (the lender’s legitimate interest, Article 6(1)(f)); reminders by phone or e-mail (consent, Article 6(1)(a), which may be withdrawn at any time).
${enRecipients(true)}
- Retention: while the loan runs, then for {retention_period} after the return; the data is then anonymised and the signatures deleted.
- Whether required: this data, except phone and e-mail, is needed for the agreement; without it the loan cannot be made.
${enRights}`,
};
