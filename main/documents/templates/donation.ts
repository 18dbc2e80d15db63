/**
 * Rebond's default clauses for a donation (attestation de don): a manual gift made by handing the equipment over,
 * ownership passing to the recipient (a person, a minor through the person who represents them, or an institution).
 */
import type { Lang } from '../../../shared/i18n';
import { enRights, frRights } from './common';

export const DEFAULT_DONATION_CLAUSES: Record<Lang, string> = {
  fr: `# Article 1 – Objet et nature de l’acte
Le donateur, {organisation.nom}, donne à la partie bénéficiaire, {beneficiaire.nom}, dans le cadre du programme « {programme.nom} », les équipements reconditionnés décrits ci-dessus, pour l’aider à suivre une scolarité ou une formation, à accomplir ses démarches et à rester en lien avec ses proches. Le don est un don manuel, réalisé par la remise des équipements ; lorsque la partie bénéficiaire est mineure, il est accepté pour elle par la personne qui la représente ({representant.nom}).

# Article 2 – Transfert de propriété
La propriété des équipements est transférée à la partie bénéficiaire le {remise.date}, jour de la remise. Aucune restitution n’est attendue. Les équipements sont donnés pour l’usage de la partie bénéficiaire, qui s’engage à ne pas les revendre.

# Article 3 – État des équipements
Les équipements ont été testés et reconditionnés, et toutes les données des précédents utilisateurs ont été effacées avant la remise. Ils sont donnés dans l’état décrit ci-dessus, sans autre garantie que l’assistance prévue à l’article 4. Valeur de référence des équipements donnés : {valeur_totale}.

# [SIM] Article 3 bis – Carte SIM
La ligne de la carte SIM remise, {sim.lignes}, est ouverte par le donateur, qui en reste titulaire : seule la carte est donnée, avec le crédit qu’elle porte, valable pour le volume et la durée indiqués ci-dessus. Le donateur n’est pas tenu de renouveler ce crédit ; la ligne peut être résiliée lorsqu’il arrive à son terme. Toute utilisation frauduleuse ou contraire à la loi permet au donateur de suspendre la ligne sans préavis. La perte ou le vol de la carte lui est signalé le jour même, pour qu’il fasse suspendre la ligne.

# Article 4 – Usage, soin et assistance
Il est conseillé de garder les équipements au sec, de les transporter protégés et d’installer les mises à jour de sécurité. En cas de panne dans les trois mois suivant la remise, la partie bénéficiaire peut s’adresser au donateur ({organisation.contact}) ou au partenaire référent ({partenaire.nom}), qui l’aide dans la mesure de ses moyens.

# Article 5 – Casse, perte et vol
Les équipements appartenant désormais à la partie bénéficiaire, leur casse, leur perte ou leur vol sont à sa charge, et le donateur n’est pas tenu de les remplacer. En cas de vol, un dépôt de plainte est conseillé ; la perte ou le vol de la carte SIM est signalé au donateur comme prévu à l’article 3 bis.

# Article 6 – Fin de vie
Quand les équipements ne servent plus, la partie bénéficiaire peut les rapporter au donateur, qui efface les données qu’ils contiennent et les confie à une filière de recyclage agréée.

# Article 7 – Données personnelles
Le donateur, {organisation.nom} ({organisation.adresse} ; {organisation.immatriculation}), est responsable du traitement des données personnelles recueillies pour ce don. Contact : {organisation.contact}. Délégué à la protection des données : {organisation.dpo}.
- Données conservées : le nom, l’adresse et la référence de la partie bénéficiaire ; pour une personne, la catégorie de public dans laquelle le programme la compte, jamais le motif d’un accompagnement, et le fait qu’elle est mineure ; le nom de la personne qui la représente ou qui signe pour l’établissement ; le partenaire qui l’a orientée et son référent ; les équipements remis avec leurs numéros de série ; le numéro de la carte SIM (ICCID) et celui de sa ligne ; la date de remise ; les images des signatures tracées à l’écran et la copie numérisée de l’attestation signée.
- Finalités et bases légales : la gestion du don et de l’assistance, nécessaire à l’exécution du présent acte (article 6, paragraphe 1, b du RGPD) ; la preuve du don et les statistiques anonymes rendues au financeur, fondées sur l’intérêt légitime du donateur à établir ses droits et à rendre compte du programme (article 6, 1, f). Aucun de ces traitements ne repose sur le consentement.
- Destinataires : les seules personnes habilitées du donateur et du partenaire référent ({partenaire.nom}). Le financeur ne reçoit que des chiffres anonymes. Aucune donnée n’est transférée hors de l’Union européenne et aucune décision n’est prise de façon automatisée.
- Durée de conservation : {duree_conservation} après la remise ; les données sont ensuite anonymisées, les signatures et la copie signée supprimées.
- Caractère obligatoire : l’identité, l’adresse et l’orientation sont nécessaires au don ; sans elles, il ne peut être fait.
${frRights.replace('au prêteur', 'au donateur')}

# Article 8 – Annulation
Le don est définitif. Il ne peut être annulé que s’il a été obtenu sur la foi d’informations inexactes ; les équipements sont alors rapportés au donateur.`,

  en: `# Article 1 – Purpose and nature of the deed
The donor, {organisation.name}, gives the recipient, {beneficiary.name}, as part of the “{programme.name}” programme, the refurbished equipment described above, to help them follow schooling or training, deal with everyday formalities online and stay in touch with family and friends. The gift is a manual gift (don manuel), made by handing the equipment over; when the recipient is a minor, it is accepted on their behalf by the person who represents them ({guardian.name}).

# Article 2 – Transfer of ownership
Ownership of the equipment passes to the recipient on {handover.date}, the day it is handed over. Nothing is to be returned. The equipment is given for the recipient’s own use, and they undertake not to sell it.

# Article 3 – Condition of the equipment
The equipment has been tested and refurbished, and all previous users’ data was erased before the handover. It is given in the condition described above, with no warranty other than the support in article 4. Reference value of the equipment given: {total_value}.

# [SIM] Article 3a – SIM card
The line of the SIM card handed over, {sim.lines}, is opened by the donor, who remains its holder: only the card is given, with the credit it carries, valid for the allowance and the period shown above. The donor is not bound to renew that credit; the line may be closed when it runs out. Any fraudulent or unlawful use allows the donor to suspend the line without notice. The loss or theft of the card is reported to the donor on the same day, so that the line can be suspended.

# Article 4 – Use, care and support
Keeping the equipment dry, carrying it protected and installing security updates is advised. In case of a fault within three months of the handover, the recipient may contact the donor ({organisation.contact}) or the referring partner ({partner.name}), who will help as far as they can.

# Article 5 – Breakage, loss and theft
As the equipment now belongs to the recipient, its breakage, loss or theft is their own responsibility, and the donor is not bound to replace it. After a theft, reporting it to the police is advised; the loss or theft of the SIM card is reported to the donor as article 3a says.

# Article 6 – End of life
When the equipment is no longer used, the recipient may bring it back to the donor, who erases any data on it and hands it to an approved recycling channel.

# Article 7 – Personal data
The donor, {organisation.name} ({organisation.address}; {organisation.registration}), is the controller of the personal data collected for this gift. Contact: {organisation.contact}. Data protection officer: {organisation.dpo}.
- Data kept: the recipient’s name, address and reference; for a person, the group the programme counts them in, never the reason for any support, and whether they are a minor; the name of the person who represents them or signs for the institution; the partner who referred them and its referent; the equipment handed over with its serial numbers; the SIM card number (ICCID) and its line number; the handover date; the images of signatures drawn on screen and the scanned copy of the signed attestation.
- Purposes and legal bases: managing the gift and the support, necessary for the performance of this deed (Article 6(1)(b) GDPR); proof of the gift and anonymous statistics reported to the funder, based on the donor’s legitimate interest in establishing its rights and accounting for the programme (Article 6(1)(f)). None of this processing is based on consent.
- Recipients: only the authorised staff of the donor and of the referring partner ({partner.name}). The funder receives anonymous figures only. No data is transferred outside the European Union and no decision is taken by automated means.
- Retention: {retention_period} after the handover; the data is then anonymised, and the signatures and the signed copy deleted.
- Whether the data is required: identity, address and referral are needed for the gift; without them it cannot be made.
${enRights.replace('the lender', 'the donor')}

# Article 8 – Cancellation
The gift is final. It can be cancelled only if it was obtained on the strength of false information; the equipment is then brought back to the donor.`,
};
