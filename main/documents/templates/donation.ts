/** Rebond's default clauses for a donation (attestation de don): ownership passes to the beneficiary on the day. */
import type { Lang } from '../../../shared/i18n';

export const DEFAULT_DONATION_CLAUSES: Record<Lang, string> = {
  fr: `# Article 1 – Objet
{organisation.nom} donne à {beneficiaire.nom}, dans le cadre du programme « {programme.nom} », les équipements reconditionnés décrits ci-dessus, pour l’aider à suivre sa scolarité ou sa formation, à accomplir ses démarches et à rester en lien avec ses proches.

# Article 2 – Transfert de propriété
La propriété des équipements est transférée au bénéficiaire le {remise.date}, jour de la remise. Aucune restitution n’est attendue. Les équipements lui sont donnés pour son propre usage : il s’engage à ne pas les revendre.

# Article 3 – État des équipements
Les équipements ont été testés et reconditionnés, et toutes les données des précédents utilisateurs ont été effacées avant la remise. Ils sont donnés dans l’état décrit ci-dessus. Valeur de référence des équipements donnés : {valeur_totale}.

# Article 4 – Usage, soin et assistance
Le bénéficiaire est invité à garder les équipements au sec, à les transporter protégés et à installer les mises à jour de sécurité. En cas de panne dans les trois mois suivant la remise, il peut contacter {organisation.nom} ({organisation.contact}) ou {partenaire.nom}, qui l’aide dans la mesure de ses moyens.

# Article 5 – Casse, perte et vol
Les équipements appartenant désormais au bénéficiaire, leur casse, leur perte ou leur vol sont à sa charge, et {organisation.nom} n’est pas tenue de les remplacer. En cas de vol, un dépôt de plainte est conseillé.

# Article 6 – Fin de vie
Quand les équipements ne servent plus, le bénéficiaire peut les rapporter à {organisation.nom}, qui efface les données qu’ils contiennent et les confie à une filière de recyclage agréée.

# Article 7 – Données personnelles
Pour garder trace de ce don, {organisation.nom} enregistre le nom et la référence du bénéficiaire, le nom de son représentant légal ou de son référent, le partenaire qui l’a orienté et les équipements remis. Rien n’est enregistré sur sa situation personnelle ou sociale. Ces données servent aux statistiques anonymes du programme et ne sont communiquées qu’au partenaire référent. Elles sont conservées {duree_conservation} après la remise, puis anonymisées. Le bénéficiaire ou son représentant peut y accéder, les faire corriger ou en demander l’effacement auprès de {organisation.contact}.

# Article 8 – Annulation
Le don est définitif. Il ne peut être annulé que s’il a été obtenu sur la base d’informations inexactes ; les équipements sont alors rapportés à {organisation.nom}.`,

  en: `# Article 1 – Purpose
{organisation.name} gives {beneficiary.name}, as part of the “{programme.name}” programme, the refurbished equipment described above, to help them follow their schooling or training, deal with everyday formalities online and stay in touch with family and friends.

# Article 2 – Transfer of ownership
Ownership of the equipment is transferred to the beneficiary on {handover.date}, the day it is handed over. Nothing is to be returned. The equipment is given for the beneficiary’s own use: they undertake not to sell it.

# Article 3 – Condition of the equipment
The equipment has been tested and refurbished, and all previous users’ data was erased before the handover. It is given in the condition described above. Reference value of the equipment given: {total_value}.

# Article 4 – Use, care and support
The beneficiary is encouraged to keep the equipment dry, carry it protected and install security updates. In case of a fault within three months of the handover, they may contact {organisation.name} ({organisation.contact}) or {partner.name}, who will help as far as they can.

# Article 5 – Breakage, loss and theft
As the equipment now belongs to the beneficiary, its breakage, loss or theft is their own responsibility, and {organisation.name} is not bound to replace it. After a theft, reporting it to the police is advised.

# Article 6 – End of life
When the equipment is no longer used, the beneficiary may bring it back to {organisation.name}, who erases any data on it and hands it to an approved recycling channel.

# Article 7 – Personal data
To keep a record of this donation, {organisation.name} records the beneficiary’s name and reference, the name of their legal guardian or referent, the partner who referred them and the equipment handed over. Nothing is recorded about their personal or social situation. This data is used for the programme’s anonymous statistics and is shared only with the referring partner. It is kept for {retention_period} after the handover, and is then anonymised. The beneficiary or their guardian may see it, have it corrected or ask for it to be erased by contacting {organisation.contact}.

# Article 8 – Cancellation
The donation is final. It can be cancelled only if it was obtained on the basis of false information; the equipment is then brought back to {organisation.name}.`,
};
