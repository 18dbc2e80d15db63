/**
 * Rebond's default clauses for a loan to a minor: the legal guardian, or the child-protection referent, contracts
 * for the child and answers for the undertakings with them.
 */
import type { Lang } from '../../../shared/i18n';
import { enController, enLoss, enRights, enSim, frController, frLoss, frRights, frSim } from './common';

const FR_PARTY = { who: 'la personne responsable', toWho: 'de la personne responsable' };
const EN_PARTY = { who: 'the responsible person' };

export const DEFAULT_MINOR_CLAUSES: Record<Lang, string> = {
  fr: `# Article 1 – Objet et nature du contrat
Le prêteur, {organisation.nom}, met gratuitement à la disposition de la personne mineure bénéficiaire, {beneficiaire.nom}, dans le cadre du programme « {programme.nom} », les équipements décrits ci-dessus, pour lui permettre de suivre sa scolarité, d’apprendre et de rester en lien avec ses proches. La convention est conclue, au nom et pour le compte de la personne mineure, par {representant.nom}, en qualité de {representant.qualite} (ci-après « la personne responsable »). Elle est un prêt à usage, régi par les articles 1875 et suivants du Code civil : il est consenti sans contrepartie et les équipements sont restitués à son terme.

# Article 2 – Propriété
Les équipements restent la propriété du prêteur pendant toute la durée du prêt. Ils ne peuvent être ni vendus, ni donnés, ni prêtés à un tiers, ni mis en gage. Les étiquettes d’inventaire ne doivent pas être retirées.

# Article 3 – Usage et soin
La personne responsable veille avec la personne mineure à ce que les équipements soient :
- utilisés pour son usage personnel et scolaire, conformément à leur destination et dans le respect de la loi ;
- gardés et conservés raisonnablement : au sec, transportés protégés, sans être ouverts ni confiés à un réparateur ;
- laissés avec les protections installées, sans logiciel obtenu illégalement.
Elle met en place, si elle le juge utile, un contrôle parental adapté à l’âge de la personne mineure.

${frSim(FR_PARTY)}

# Article 4 – Assistance
En cas de panne ou de difficulté, la personne responsable ou la personne mineure s’adresse au prêteur ({organisation.contact}) ou au partenaire référent ({partenaire.nom}). Une panne due à l’usure normale est réparée, ou l’équipement remplacé, sans frais, dans la limite des équipements disponibles.

${frLoss(FR_PARTY, 'une faute')}

# Article 6 – Durée et restitution
Le prêt court du {remise.date} au {date_retour} ({duree_pret}). À cette date, ou plus tôt si la personne mineure quitte le programme ou son établissement, tous les équipements et accessoires remis sont rapportés au prêteur ou au partenaire référent, qui remet un récépissé de retour. Les données laissées sur les équipements sont effacées dès leur retour : celles que la personne mineure souhaite garder sont copiées auparavant.

# Article 7 – Fin anticipée
Le prêteur peut mettre fin au prêt si les engagements ne sont pas respectés, après une mise en demeure adressée à la personne responsable et restée sans effet pendant quinze jours ; les équipements sont alors restitués dans les huit jours. La personne responsable peut mettre fin au prêt à tout moment en restituant les équipements.

# Article 8 – Données personnelles
${frController}
- Données conservées : les nom, prénom, adresse et référence de la personne mineure, et le fait qu’elle est mineure ; la catégorie de public dans laquelle le programme la compte (par exemple élève ou enfant confié), jamais le motif d’une mesure de protection ; le nom de la personne responsable et sa qualité ; un téléphone et une adresse électronique s’ils sont donnés ; le partenaire qui l’a orientée et son référent ; les équipements remis avec leurs numéros de série ; le numéro de la carte SIM (ICCID) et celui de sa ligne ; les dates de remise et de retour ; les images des signatures tracées à l’écran et la copie numérisée de la convention signée.
- Finalités et bases légales : la gestion du prêt, de l’assistance et de la restitution, nécessaire à l’exécution de la présente convention (article 6, paragraphe 1, b du RGPD) ; la preuve de la remise et de la restitution, fondée sur l’intérêt légitime du prêteur à pouvoir établir ses droits (article 6, 1, f) ; les statistiques anonymes rendues au financeur, fondées sur le même intérêt légitime, celui de rendre compte du programme (article 6, 1, f) ; les rappels par téléphone ou par courriel, fondés sur le consentement de la personne responsable (article 6, 1, a), qui peut être retiré à tout moment sans remettre en cause les rappels déjà faits.
- Destinataires : les seules personnes habilitées du prêteur et du partenaire référent ({partenaire.nom}). Le financeur ne reçoit que des chiffres anonymes. Aucune donnée n’est transférée hors de l’Union européenne et aucune décision n’est prise de façon automatisée.
- Durée de conservation : pendant le prêt, puis {duree_conservation} après la restitution ; les données sont ensuite anonymisées, les signatures et la copie signée supprimées.
- Caractère obligatoire : l’identité, l’adresse, l’orientation et la personne responsable sont nécessaires à la conclusion de la convention ; sans elles, le prêt ne peut être consenti. Le téléphone et l’adresse électronique sont facultatifs.
${frRights} Les droits de la personne mineure sont exercés par la personne responsable, ou par la personne mineure elle-même lorsque son âge et sa maturité le permettent.`,

  en: `# Article 1 – Purpose and nature of the agreement
The lender, {organisation.name}, makes the equipment described above available free of charge to the minor beneficiary, {beneficiary.name}, as part of the “{programme.name}” programme, so that they can follow their schooling, learn and stay in touch with family and friends. The agreement is entered into, in the name and on behalf of the minor, by {guardian.name}, acting as {guardian.capacity} (“the responsible person”). It is a loan for use (prêt à usage) governed by articles 1875 and following of the French Civil Code: it is made without anything in return, and the equipment is returned when it ends.

# Article 2 – Ownership
The equipment remains the lender’s property for the whole length of the loan. It may not be sold, given away, lent to anyone else or pledged. Inventory labels must not be removed.

# Article 3 – Use and care
The responsible person makes sure, together with the minor, that the equipment is:
- used for the minor’s own personal and school purposes, as it is meant to be used and within the law;
- kept and looked after reasonably: dry, carried protected, never opened or handed to a repairer;
- left with the installed protections in place, with no illegally obtained software.
They set up, where they see fit, parental controls suited to the minor’s age.

${enSim(EN_PARTY)}

# Article 4 – Support
In case of a fault or any difficulty, the responsible person or the minor contacts the lender ({organisation.contact}) or the referring partner ({partner.name}). A fault caused by normal wear is repaired, or the equipment replaced, at no cost, as far as equipment is available.

${enLoss(EN_PARTY, 'a fault')}

# Article 6 – Duration and return
The loan runs from {handover.date} to {return_date} ({loan_duration}). On that date, or earlier if the minor leaves the programme or their school, all the equipment and accessories handed over are brought back to the lender or to the referring partner, who issues a return receipt. Any data left on the equipment is erased as soon as it comes back: what the minor wishes to keep is copied beforehand.

# Article 7 – Early termination
The lender may end the loan if the undertakings are not kept, after a formal notice sent to the responsible person and left without effect for fifteen days; the equipment is then returned within eight days. The responsible person may end the loan at any time by returning the equipment.

# Article 8 – Personal data
${enController}
- Data kept: the minor’s surname, first name, address and reference, and the fact that they are a minor; the group the programme counts them in (for example pupil or child in care), never the reason for any protection measure; the responsible person’s name and capacity; a phone number and e-mail address if given; the partner who referred them and its referent; the equipment handed over with its serial numbers; the SIM card number (ICCID) and its line number; the handover and return dates; the images of signatures drawn on screen and the scanned copy of the signed agreement.
- Purposes and legal bases: managing the loan, support and return, necessary for the performance of this agreement (Article 6(1)(b) GDPR); proof of the handover and return, based on the lender’s legitimate interest in being able to establish its rights (Article 6(1)(f)); anonymous statistics reported to the funder, based on the lender’s legitimate interest in accounting for the programme (Article 6(1)(f)); reminders by phone or e-mail, based on the responsible person’s consent (Article 6(1)(a)), which may be withdrawn at any time without affecting reminders already sent.
- Recipients: only the authorised staff of the lender and of the referring partner ({partner.name}). The funder receives anonymous figures only. No data is transferred outside the European Union and no decision is taken by automated means.
- Retention: while the loan runs, then for {retention_period} after the return; the data is then anonymised, and the signatures and the signed copy deleted.
- Whether the data is required: identity, address, referral and the responsible person are needed to enter into this agreement; without them the loan cannot be made. The phone number and e-mail address are optional.
${enRights} The minor’s rights are exercised by the responsible person, or by the minor themselves where their age and maturity allow.`,
};
