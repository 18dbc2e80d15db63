/**
 * Rebond's default clauses for a set lent to an institution, which puts the devices at the disposal of the young
 * people in its care: no personal-use clause, no « ne pas prêter à son tour » (handing them round is the point), an
 * inventory and a return duty, a named signatory.
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

const FR_PARTY = { who: 'l’établissement', ofWho: 'de l’établissement' };
const EN_PARTY = { who: 'the institution' };

export const DEFAULT_INSTITUTION_CLAUSES: Record<Lang, string> = {
  fr: `# Article 1 – Objet et nature du contrat
Le prêteur, {organisation.nom}, prête gratuitement à l’établissement emprunteur, {beneficiaire.nom}, représenté par {representant.nom}, en qualité de {representant.qualite}, les {nombre_equipements} équipements décrits ci-dessus, dans le cadre du programme « {programme.nom} ». L’établissement les met à la disposition des jeunes qu’il accueille, sous sa responsabilité. Il s’agit d’un prêt à usage (articles 1875 et suivants du Code civil) : gratuit, les équipements étant restitués à son terme.

# Article 2 – Propriété
Les équipements restent la propriété du prêteur. L’établissement ne peut ni les vendre, ni les céder, ni les mettre en gage ; les confier aux jeunes ne leur en transfère aucun droit. Les étiquettes d’inventaire restent en place.

# Article 3 – Mise à disposition et inventaire
L’établissement s’engage à :
- confier les équipements aux jeunes qu’il accueille, pour un usage éducatif, scolaire ou d’insertion, sous la surveillance de son personnel, avec un paramétrage adapté à leur âge ;
- tenir un inventaire indiquant, pour chaque équipement, à qui ou à quel groupe il est confié et quand, et le présenter au prêteur sur demande ;
- garder et conserver les équipements raisonnablement, sans les ouvrir ni les confier à un réparateur, avec leurs protections et sans logiciel illicite.
Il répond envers le prêteur de tous les équipements, quel que soit le jeune à qui il les a confiés.

${frSim(FR_PARTY)}

# Article 4 – Assistance
En cas de panne, l’établissement s’adresse au prêteur ({organisation.contact}). Une panne due à l’usure normale est réparée, ou l’équipement remplacé, sans frais, dans la limite des équipements disponibles.

${frLoss(FR_PARTY, 'une faute de l’établissement ou des personnes dont il répond')}

# Article 6 – Durée et restitution
Le prêt court du {remise.date} au {date_retour} ({duree_pret}). À cette date, l’établissement récupère les équipements confiés et restitue au prêteur l’ensemble des équipements et accessoires, avec une copie de son inventaire, contre un récépissé de retour qui indique ceux qui manquent. Les données laissées sur les équipements sont effacées à leur retour.

# Article 7 – Fin anticipée
Le prêteur peut mettre fin au prêt si les engagements ne sont pas tenus, après une mise en demeure restée sans effet quinze jours ; les équipements sont alors restitués sous huit jours. L’établissement peut y mettre fin à tout moment en les restituant.

# Article 8 – Données personnelles
${frController}
- Données conservées : nom, qualité et coordonnées professionnelles de la personne qui signe pour l’établissement ; équipements et numéros de série ; ICCID et numéro de la carte SIM ; dates ; images des signatures et copie signée. Le prêteur ne recueille aucune donnée sur les jeunes : l’inventaire de l’établissement relève de sa seule responsabilité.
- Finalités et bases légales : gestion du prêt (exécution du contrat, article 6.1.b du RGPD) ; preuve de la remise et statistiques anonymes pour le financeur (intérêt légitime du prêteur, article 6.1.f).
${frRecipients(false)}
- Conservation : pendant le prêt, puis {duree_conservation} après la restitution ; les données sont ensuite anonymisées, les signatures supprimées.
- Caractère obligatoire : le nom et la qualité du signataire sont nécessaires à la convention ; sans eux, le prêt ne peut être consenti.
${frRights}`,

  en: `# Article 1 – Purpose and nature of the agreement
The lender, {organisation.name}, lends the borrowing institution, {beneficiary.name}, represented by {guardian.name}, acting as {guardian.capacity}, free of charge, the {item_count} items of equipment described above, as part of the “{programme.name}” programme. The institution puts them at the disposal of the young people in its care, under its responsibility. This is a loan for use (prêt à usage, articles 1875 and following of the French Civil Code): free of charge, the equipment being returned when it ends.

# Article 2 – Ownership
The equipment remains the lender’s property. The institution may not sell, transfer or pledge it; entrusting it to the young people gives them no right to it. Inventory labels stay in place.

# Article 3 – Putting the equipment at their disposal, and inventory
The institution undertakes to:
- entrust the equipment to the young people in its care, for educational, school or employment purposes, under its staff’s supervision, set up for their age;
- keep an inventory showing, for each item, to whom or to which group it is entrusted and when, and show it to the lender on request;
- keep and look after the equipment reasonably, never open it or hand it to a repairer, with its protections and no unlawful software.
It answers to the lender for all the equipment, whichever young person it was entrusted to.

${enSim(EN_PARTY)}

# Article 4 – Support
In case of a fault, the institution contacts the lender ({organisation.contact}). A fault caused by normal wear is repaired, or the equipment replaced, at no cost, as far as equipment is available.

${enLoss(EN_PARTY, 'a fault of the institution or of the persons it answers for')}

# Article 6 – Duration and return
The loan runs from {handover.date} to {return_date} ({loan_duration}). On that date the institution collects the equipment it entrusted and returns all the equipment and accessories to the lender, with a copy of its inventory, against a return receipt listing what is missing. Data left on the equipment is erased when it comes back.

# Article 7 – Early termination
The lender may end the loan if the undertakings are not kept, after a formal notice left without effect for fifteen days; the equipment is then returned within eight days. The institution may end it at any time by returning the equipment.

# Article 8 – Personal data
${enController}
- Data kept: the name, capacity and work contact details of the person signing for the institution; equipment and serial numbers; the SIM card’s ICCID and number; dates; signature images and the signed copy. The lender collects no data about the young people: the institution’s inventory is its own responsibility.
- Purposes and legal bases: managing the loan (performance of the contract, Article 6(1)(b) GDPR); proof of the handover and anonymous statistics for the funder (the lender’s legitimate interest, Article 6(1)(f)).
${enRecipients(false)}
- Retention: while the loan runs, then for {retention_period} after the return; the data is then anonymised and the signatures deleted.
- Whether required: the signatory’s name and capacity are needed for the agreement; without them the loan cannot be made.
${enRights}`,
};
