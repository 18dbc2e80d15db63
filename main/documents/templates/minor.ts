/**
 * Rebond's default clauses for a loan to a minor: the legal guardian, or the child-protection referent, contracts
 * in the child's name and answers for the undertakings with them.
 */
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

const FR_PARTY = { who: 'la personne responsable', ofWho: 'de la personne responsable' };
const EN_PARTY = { who: 'the responsible person' };

export const DEFAULT_MINOR_CLAUSES: Record<Lang, string> = {
  fr: `# Article 1 – Objet et nature du contrat
Le prêteur, {organisation.nom}, prête gratuitement à la personne mineure bénéficiaire, {beneficiaire.nom}, les équipements décrits ci-dessus, dans le cadre du programme « {programme.nom} », pour sa scolarité et ses liens avec ses proches. {representant.nom} conclut la convention en son nom, en qualité de {representant.qualite} (« la personne responsable »). Il s’agit d’un prêt à usage (articles 1875 et suivants du Code civil) : gratuit, les équipements étant restitués à son terme.

# Article 2 – Propriété
Les équipements restent la propriété du prêteur. Ils ne peuvent être ni vendus, ni donnés, ni prêtés à un tiers, ni mis en gage ; leurs étiquettes d’inventaire restent en place.

# Article 3 – Usage et soin
La personne responsable veille, avec la personne mineure, à ce que les équipements soient :
- utilisés pour son usage personnel et scolaire, conformément à leur destination et à la loi ;
- gardés et conservés raisonnablement : au sec, transportés protégés, ni ouverts ni confiés à un réparateur ;
- laissés avec leurs protections, sans logiciel illicite, avec le contrôle parental qu’elle juge utile.

${frSim(FR_PARTY)}

# Article 4 – Assistance
En cas de panne, la personne responsable s’adresse au prêteur ({organisation.contact}) ou au partenaire référent ({partenaire.nom}). Une panne due à l’usure normale est réparée, ou l’équipement remplacé, sans frais, dans la limite des équipements disponibles.

${frLoss(FR_PARTY, 'une faute')}

# Article 6 – Durée et restitution
Le prêt court du {remise.date} au {date_retour} ({duree_pret}). À cette date, ou plus tôt si la personne mineure quitte le programme ou son établissement, équipements et accessoires sont rapportés au prêteur ou au partenaire référent, contre un récépissé de retour. Les données laissées sur les équipements sont effacées à leur retour : celles à garder sont copiées auparavant.

# Article 7 – Fin anticipée
Le prêteur peut mettre fin au prêt si les engagements ne sont pas tenus, après une mise en demeure adressée à la personne responsable et restée sans effet quinze jours ; les équipements sont alors restitués sous huit jours. La personne responsable peut y mettre fin à tout moment en les restituant.

# Article 8 – Données personnelles
${frController}
- Données conservées : identité, adresse et référence de la personne mineure, et sa minorité ; la catégorie de public dans laquelle le programme la compte, jamais le motif d’une mesure ; nom et qualité de la personne responsable ; téléphone et courriel s’ils sont donnés ; partenaire et référent ; équipements et numéros de série ; ICCID et numéro de la carte SIM ; dates ; images des signatures et copie signée.
- Finalités et bases légales : gestion du prêt (exécution du contrat, article 6.1.b du RGPD) ; preuve de la remise et statistiques anonymes pour le financeur (intérêt légitime du prêteur, article 6.1.f) ; rappels par téléphone ou courriel (consentement de la personne responsable, article 6.1.a, qui peut être retiré à tout moment).
${frRecipients(true)}
- Conservation : pendant le prêt, puis {duree_conservation} après la restitution ; les données sont ensuite anonymisées, les signatures supprimées.
- Caractère obligatoire : ces données, hors téléphone et courriel, sont nécessaires à la convention ; sans elles, le prêt ne peut être consenti.
${frRights} Ils sont exercés par la personne responsable, ou par la personne mineure si son âge et sa maturité le permettent.`,

  en: `# Article 1 – Purpose and nature of the agreement
The lender, {organisation.name}, lends the minor beneficiary, {beneficiary.name}, free of charge, the equipment described above, as part of the “{programme.name}” programme, for their schooling and contact with family and friends. {guardian.name} enters into the agreement in the minor’s name, acting as {guardian.capacity} (“the responsible person”). This is a loan for use (prêt à usage, articles 1875 and following of the French Civil Code): free of charge, the equipment being returned when it ends.

# Article 2 – Ownership
The equipment remains the lender’s property. It may not be sold, given away, lent to anyone else or pledged; its inventory labels stay in place.

# Article 3 – Use and care
The responsible person makes sure, with the minor, that the equipment is:
- used for the minor’s own personal and school purposes, as it is meant to be used and within the law;
- kept and looked after reasonably: dry, carried protected, never opened or handed to a repairer;
- left with its protections, with no unlawful software, and with the parental controls they see fit.

${enSim(EN_PARTY)}

# Article 4 – Support
In case of a fault, the responsible person contacts the lender ({organisation.contact}) or the referring partner ({partner.name}). A fault caused by normal wear is repaired, or the equipment replaced, at no cost, as far as equipment is available.

${enLoss(EN_PARTY, 'a fault')}

# Article 6 – Duration and return
The loan runs from {handover.date} to {return_date} ({loan_duration}). On that date, or earlier if the minor leaves the programme or their school, the equipment and accessories are brought back to the lender or the referring partner, against a return receipt. Data left on the equipment is erased when it comes back: what is to be kept is copied first.

# Article 7 – Early termination
The lender may end the loan if the undertakings are not kept, after a formal notice to the responsible person left without effect for fifteen days; the equipment is then returned within eight days. The responsible person may end it at any time by returning the equipment.

# Article 8 – Personal data
${enController}
- Data kept: the minor’s identity, address and reference, and that they are a minor; the group the programme counts them in, never the reason for any measure; the responsible person’s name and capacity; phone and e-mail if given; partner and referent; equipment and serial numbers; the SIM card’s ICCID and number; dates; signature images and the signed copy.
- Purposes and legal bases: managing the loan (performance of the contract, Article 6(1)(b) GDPR); proof of the handover and anonymous statistics for the funder (the lender’s legitimate interest, Article 6(1)(f)); reminders by phone or e-mail (the responsible person’s consent, Article 6(1)(a), which may be withdrawn at any time).
${enRecipients(true)}
- Retention: while the loan runs, then for {retention_period} after the return; the data is then anonymised and the signatures deleted.
- Whether required: this data, except phone and e-mail, is needed for the agreement; without it the loan cannot be made.
${enRights} They are exercised by the responsible person, or by the minor where their age and maturity allow.`,
};
