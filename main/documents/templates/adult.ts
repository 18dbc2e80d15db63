/** Rebond's default clauses for a loan to an adult (prêt à usage, Code civil art. 1875 and following). */
import type { Lang } from '../../../shared/i18n';
import { enController, enLoss, enRights, enSim, frController, frLoss, frRights, frSim } from './common';

const FR_PARTY = { who: 'la personne bénéficiaire', toWho: 'de la personne bénéficiaire' };
const EN_PARTY = { who: 'the beneficiary' };

export const DEFAULT_ADULT_CLAUSES: Record<Lang, string> = {
  fr: `# Article 1 – Objet et nature du contrat
Le prêteur, {organisation.nom}, met gratuitement à la disposition de la personne bénéficiaire, {beneficiaire.nom}, dans le cadre du programme « {programme.nom} », les équipements décrits ci-dessus, pour lui permettre de suivre sa scolarité ou sa formation, d’accomplir ses démarches et de rester en lien avec ses proches. La présente convention est un prêt à usage, régi par les articles 1875 et suivants du Code civil : il est consenti sans contrepartie et les équipements sont restitués à son terme.

# Article 2 – Propriété
Les équipements restent la propriété du prêteur pendant toute la durée du prêt. La personne bénéficiaire ne peut ni les vendre, ni les donner, ni les prêter à son tour, ni les mettre en gage. Les étiquettes d’inventaire ne doivent pas être retirées.

# Article 3 – Usage et soin
La personne bénéficiaire s’engage à :
- utiliser les équipements pour son usage personnel, scolaire ou professionnel, conformément à leur destination et dans le respect de la loi ;
- les garder et les conserver raisonnablement : au sec, transportés protégés, sans les ouvrir ni les confier à un réparateur ;
- laisser en place les protections installées et n’installer aucun logiciel obtenu illégalement.

${frSim(FR_PARTY)}

# Article 4 – Assistance
En cas de panne ou de difficulté, la personne bénéficiaire s’adresse au prêteur ({organisation.contact}) ou au partenaire référent ({partenaire.nom}). Une panne due à l’usure normale est réparée, ou l’équipement remplacé, sans frais, dans la limite des équipements disponibles.

${frLoss(FR_PARTY, 'sa faute')}

# Article 6 – Durée et restitution
Le prêt court du {remise.date} au {date_retour} ({duree_pret}). À cette date, ou plus tôt si la personne bénéficiaire quitte le programme, elle rapporte tous les équipements et accessoires remis au prêteur ou au partenaire référent, qui lui remet un récépissé de retour. Les données laissées sur les équipements sont effacées dès leur retour : la personne bénéficiaire copie auparavant celles qu’elle souhaite garder.

# Article 7 – Fin anticipée
Le prêteur peut mettre fin au prêt si la personne bénéficiaire ne respecte pas ses engagements, après une mise en demeure restée sans effet pendant quinze jours ; les équipements sont alors restitués dans les huit jours. La personne bénéficiaire peut mettre fin au prêt à tout moment en restituant les équipements.

# Article 8 – Données personnelles
${frController}
- Données conservées : les nom, prénom, adresse et référence de la personne bénéficiaire ; la catégorie de public dans laquelle le programme la compte (par exemple élève ou jeune accompagné), sans le motif d’un accompagnement ; son téléphone et son adresse électronique si elle les donne ; le partenaire qui l’a orientée et son référent ; les équipements remis avec leurs numéros de série ; le numéro de la carte SIM (ICCID) et celui de sa ligne ; les dates de remise et de retour ; les images des signatures tracées à l’écran et la copie numérisée de la convention signée.
- Finalités et bases légales : la gestion du prêt, de l’assistance et de la restitution, nécessaire à l’exécution de la présente convention (article 6, paragraphe 1, b du RGPD) ; la preuve de la remise et de la restitution, fondée sur l’intérêt légitime du prêteur à pouvoir établir ses droits (article 6, 1, f) ; les statistiques anonymes rendues au financeur, fondées sur le même intérêt légitime, celui de rendre compte du programme (article 6, 1, f) ; les rappels par téléphone ou par courriel, fondés sur le consentement (article 6, 1, a), qui peut être retiré à tout moment sans remettre en cause les rappels déjà faits.
- Destinataires : les seules personnes habilitées du prêteur et du partenaire référent ({partenaire.nom}). Le financeur ne reçoit que des chiffres anonymes. Aucune donnée n’est transférée hors de l’Union européenne et aucune décision n’est prise de façon automatisée.
- Durée de conservation : pendant le prêt, puis {duree_conservation} après la restitution ; les données sont ensuite anonymisées, les signatures et la copie signée supprimées.
- Caractère obligatoire : l’identité, l’adresse et l’orientation sont nécessaires à la conclusion de la convention ; sans elles, le prêt ne peut être consenti. Le téléphone et l’adresse électronique sont facultatifs.
${frRights}`,

  en: `# Article 1 – Purpose and nature of the agreement
The lender, {organisation.name}, makes the equipment described above available free of charge to the beneficiary, {beneficiary.name}, as part of the “{programme.name}” programme, so that they can follow their schooling or training, deal with everyday formalities online and stay in touch with family and friends. This agreement is a loan for use (prêt à usage) governed by articles 1875 and following of the French Civil Code: it is made without anything in return, and the equipment is returned when it ends.

# Article 2 – Ownership
The equipment remains the lender’s property for the whole length of the loan. The beneficiary may not sell it, give it away, lend it to anyone else or pledge it. Inventory labels must not be removed.

# Article 3 – Use and care
The beneficiary undertakes to:
- use the equipment for their own personal, school or work purposes, as it is meant to be used and within the law;
- keep and look after it reasonably: dry, carried protected, never opened or handed to a repairer;
- leave the installed protections in place and install no illegally obtained software.

${enSim(EN_PARTY)}

# Article 4 – Support
In case of a fault or any difficulty, the beneficiary contacts the lender ({organisation.contact}) or the referring partner ({partner.name}). A fault caused by normal wear is repaired, or the equipment replaced, at no cost, as far as equipment is available.

${enLoss(EN_PARTY, 'their fault')}

# Article 6 – Duration and return
The loan runs from {handover.date} to {return_date} ({loan_duration}). On that date, or earlier if the beneficiary leaves the programme, they bring all the equipment and accessories handed over back to the lender or to the referring partner, and receive a return receipt. Any data left on the equipment is erased as soon as it comes back: the beneficiary copies beforehand what they wish to keep.

# Article 7 – Early termination
The lender may end the loan if the beneficiary does not keep their undertakings, after a formal notice left without effect for fifteen days; the equipment is then returned within eight days. The beneficiary may end the loan at any time by returning the equipment.

# Article 8 – Personal data
${enController}
- Data kept: the beneficiary’s surname, first name, address and reference; the group the programme counts them in (for example pupil or young person supported), never the reason for any support; their phone number and e-mail address if they give them; the partner who referred them and its referent; the equipment handed over with its serial numbers; the SIM card number (ICCID) and its line number; the handover and return dates; the images of signatures drawn on screen and the scanned copy of the signed agreement.
- Purposes and legal bases: managing the loan, support and return, necessary for the performance of this agreement (Article 6(1)(b) GDPR); proof of the handover and return, based on the lender’s legitimate interest in being able to establish its rights (Article 6(1)(f)); anonymous statistics reported to the funder, based on the lender’s legitimate interest in accounting for the programme (Article 6(1)(f)); reminders by phone or e-mail, based on consent (Article 6(1)(a)), which may be withdrawn at any time without affecting reminders already sent.
- Recipients: only the authorised staff of the lender and of the referring partner ({partner.name}). The funder receives anonymous figures only. No data is transferred outside the European Union and no decision is taken by automated means.
- Retention: while the loan runs, then for {retention_period} after the return; the data is then anonymised, and the signatures and the signed copy deleted.
- Whether the data is required: identity, address and referral are needed to enter into this agreement; without them the loan cannot be made. The phone number and e-mail address are optional.
${enRights}`,
};
