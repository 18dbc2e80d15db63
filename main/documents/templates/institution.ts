/**
 * Rebond's default clauses for a set lent to an institution, which puts the devices at the disposal of the young
 * people in its care: no personal-use clause, no « ne pas prêter à son tour » (handing them round is the point), an
 * inventory and a return duty, a named signatory.
 */
import type { Lang } from '../../../shared/i18n';
import { enController, enLoss, enRights, enSim, frController, frLoss, frRights, frSim } from './common';

const FR_PARTY = { who: 'l’établissement', toWho: 'de l’établissement' };
const EN_PARTY = { who: 'the institution' };

export const DEFAULT_INSTITUTION_CLAUSES: Record<Lang, string> = {
  fr: `# Article 1 – Objet et nature du contrat
Le prêteur, {organisation.nom}, prête gratuitement à l’établissement emprunteur, {beneficiaire.nom}, représenté par {representant.nom}, en qualité de {representant.qualite}, les {nombre_equipements} équipements décrits ci-dessus, dans le cadre du programme « {programme.nom} ». L’établissement les met à la disposition des jeunes qu’il accueille ou accompagne, sous sa responsabilité. La présente convention est un prêt à usage, régi par les articles 1875 et suivants du Code civil : il est consenti sans contrepartie et les équipements sont restitués à son terme.

# Article 2 – Propriété
Les équipements restent la propriété du prêteur pendant toute la durée du prêt. L’établissement ne peut ni les vendre, ni les céder, ni les mettre en gage ; les confier aux jeunes qu’il accueille ne leur en transfère aucun droit. Les étiquettes d’inventaire ne doivent pas être retirées.

# Article 3 – Mise à disposition et inventaire
L’établissement s’engage à :
- confier les équipements aux jeunes qu’il accueille, pour un usage éducatif, scolaire ou d’insertion, sous la surveillance de son personnel ;
- tenir à jour un inventaire indiquant, pour chaque équipement, son numéro d’inventaire, à qui ou à quel groupe il est confié et les dates de remise et de retour, et le présenter au prêteur sur simple demande ;
- garder et conserver les équipements raisonnablement, ne pas les ouvrir ni les confier à un réparateur, laisser en place les protections installées et n’installer aucun logiciel obtenu illégalement ;
- paramétrer les équipements de façon adaptée à l’âge des jeunes qui les utilisent.
L’établissement répond envers le prêteur de tous les équipements, quel que soit le jeune à qui il les a confiés.

${frSim(FR_PARTY)}

# Article 4 – Assistance
En cas de panne ou de difficulté, l’établissement s’adresse au prêteur ({organisation.contact}). Une panne due à l’usure normale est réparée, ou l’équipement remplacé, sans frais, dans la limite des équipements disponibles.

${frLoss(FR_PARTY, 'une faute de l’établissement ou des personnes dont il répond')}

# Article 6 – Durée et restitution
Le prêt court du {remise.date} au {date_retour} ({duree_pret}). À cette date, l’établissement récupère les équipements confiés et restitue au prêteur l’ensemble des équipements et accessoires remis, avec une copie de son inventaire ; le prêteur remet un récépissé de retour qui indique, le cas échéant, les équipements manquants. Les données laissées sur les équipements sont effacées dès leur retour.

# Article 7 – Fin anticipée
Le prêteur peut mettre fin au prêt si l’établissement ne respecte pas ses engagements, après une mise en demeure restée sans effet pendant quinze jours ; les équipements sont alors restitués dans les huit jours. L’établissement peut mettre fin au prêt à tout moment en restituant les équipements.

# Article 8 – Données personnelles
${frController}
- Données conservées : le nom et les coordonnées professionnelles de la personne qui signe pour l’établissement et sa qualité ; les équipements remis avec leurs numéros de série ; le numéro de la carte SIM (ICCID) et celui de sa ligne ; les dates de remise et de retour ; les images des signatures tracées à l’écran et la copie numérisée de la convention signée. Le prêteur ne recueille aucune donnée sur les jeunes à qui les équipements sont confiés : l’inventaire tenu par l’établissement relève de sa propre responsabilité.
- Finalités et bases légales : la gestion du prêt et de la restitution, nécessaire à l’exécution de la présente convention (article 6, paragraphe 1, b du RGPD) ; la preuve de la remise et de la restitution et les statistiques anonymes rendues au financeur, fondées sur l’intérêt légitime du prêteur à établir ses droits et à rendre compte du programme (article 6, 1, f).
- Destinataires : les seules personnes habilitées du prêteur. Le financeur ne reçoit que des chiffres anonymes. Aucune donnée n’est transférée hors de l’Union européenne et aucune décision n’est prise de façon automatisée.
- Durée de conservation : pendant le prêt, puis {duree_conservation} après la restitution ; les données sont ensuite anonymisées, les signatures et la copie signée supprimées.
- Caractère obligatoire : le nom et la qualité de la personne qui signe sont nécessaires à la conclusion de la convention ; sans eux, le prêt ne peut être consenti.
${frRights}`,

  en: `# Article 1 – Purpose and nature of the agreement
The lender, {organisation.name}, lends free of charge to the borrowing institution, {beneficiary.name}, represented by {guardian.name}, acting as {guardian.capacity}, the {item_count} items of equipment described above, as part of the “{programme.name}” programme. The institution puts them at the disposal of the young people it takes in or supports, under its responsibility. This agreement is a loan for use (prêt à usage) governed by articles 1875 and following of the French Civil Code: it is made without anything in return, and the equipment is returned when it ends.

# Article 2 – Ownership
The equipment remains the lender’s property for the whole length of the loan. The institution may not sell, transfer or pledge it; handing it to the young people in its care gives them no right to it. Inventory labels must not be removed.

# Article 3 – Putting the equipment at their disposal, and inventory
The institution undertakes to:
- hand the equipment to the young people in its care, for educational, school or employment purposes, under the supervision of its staff;
- keep an up-to-date inventory giving, for each item, its inventory number, to whom or to which group it is entrusted and the dates it is handed over and back, and show it to the lender on request;
- keep and look after the equipment reasonably, never open it or hand it to a repairer, leave the installed protections in place and install no illegally obtained software;
- set the equipment up in a way suited to the age of the young people who use it.
The institution answers to the lender for all the equipment, whichever young person it was entrusted to.

${enSim(EN_PARTY)}

# Article 4 – Support
In case of a fault or any difficulty, the institution contacts the lender ({organisation.contact}). A fault caused by normal wear is repaired, or the equipment replaced, at no cost, as far as equipment is available.

${enLoss(EN_PARTY, 'a fault of the institution or of the persons it answers for')}

# Article 6 – Duration and return
The loan runs from {handover.date} to {return_date} ({loan_duration}). On that date the institution collects the equipment it entrusted and returns all the equipment and accessories handed over to the lender, with a copy of its inventory; the lender issues a return receipt that lists any missing items. Any data left on the equipment is erased as soon as it comes back.

# Article 7 – Early termination
The lender may end the loan if the institution does not keep its undertakings, after a formal notice left without effect for fifteen days; the equipment is then returned within eight days. The institution may end the loan at any time by returning the equipment.

# Article 8 – Personal data
${enController}
- Data kept: the name, work contact details and capacity of the person signing for the institution; the equipment handed over with its serial numbers; the SIM card number (ICCID) and its line number; the handover and return dates; the images of signatures drawn on screen and the scanned copy of the signed agreement. The lender collects no data about the young people the equipment is entrusted to: the inventory the institution keeps is its own responsibility.
- Purposes and legal bases: managing the loan and its return, necessary for the performance of this agreement (Article 6(1)(b) GDPR); proof of the handover and return and anonymous statistics reported to the funder, based on the lender’s legitimate interest in establishing its rights and accounting for the programme (Article 6(1)(f)).
- Recipients: only the lender’s authorised staff. The funder receives anonymous figures only. No data is transferred outside the European Union and no decision is taken by automated means.
- Retention: while the loan runs, then for {retention_period} after the return; the data is then anonymised, and the signatures and the signed copy deleted.
- Whether the data is required: the name and capacity of the person signing are needed to enter into this agreement; without them the loan cannot be made.
${enRights}`,
};
