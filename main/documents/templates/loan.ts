/**
 * Rebond's default clauses for a loan (prêt à usage, Code civil art. 1875 and following), used until a programme
 * saves its own. Written for Rebond; each language is a full text, not a translation key per sentence, because a
 * coordinator edits it as one text.
 */
import type { Lang } from '../../../shared/i18n';

export const DEFAULT_LOAN_CLAUSES: Record<Lang, string> = {
  fr: `# Article 1 – Objet
{organisation.nom} prête gratuitement à {beneficiaire.nom}, dans le cadre du programme « {programme.nom} », les équipements décrits ci-dessus. Ce prêt doit permettre au bénéficiaire de suivre sa scolarité ou sa formation, d’accomplir ses démarches et de rester en lien avec ses proches.

# Article 2 – Propriété
Les équipements restent la propriété de {organisation.nom} pendant toute la durée du prêt. Le bénéficiaire ne peut ni les vendre, ni les donner, ni les prêter à son tour, ni les mettre en gage. Les étiquettes d’inventaire ne doivent pas être retirées.

# Article 3 – Usage et soin
Le bénéficiaire s’engage à :
- utiliser les équipements pour son usage personnel, scolaire ou professionnel, dans le respect de la loi ;
- en prendre soin : les garder au sec, les transporter protégés, ne pas les ouvrir ni les confier à un réparateur ;
- ne pas retirer les protections installées ni installer de logiciel obtenu illégalement ;
- n’utiliser la carte SIM remise, s’il y en a une, que pour son propre usage.
Lorsque le bénéficiaire est mineur, son représentant légal ou son référent veille avec lui au respect de ces engagements.

# Article 4 – Assistance
En cas de panne ou de difficulté, le bénéficiaire contacte {organisation.nom} ({organisation.contact}) ou {partenaire.nom}. Une panne due à l’usure normale est réparée, ou l’équipement remplacé, sans frais pour le bénéficiaire, dans la limite des équipements disponibles.

# Article 5 – Casse, perte et vol
Toute casse, perte ou vol est signalé sans attendre à {organisation.nom}. En cas de vol, le bénéficiaire remet une copie de son dépôt de plainte : sans elle, aucun équipement de remplacement ne peut lui être prêté. Valeur de référence des équipements prêtés : {valeur_totale}. Une participation peut être demandée en cas de dégradation volontaire ; aucune somme n’est demandée pour l’usure normale.

# Article 6 – Durée et restitution
Le prêt court du {remise.date} au {date_retour} ({duree_pret}). À cette date, ou plus tôt si le bénéficiaire quitte le programme, il rapporte tous les équipements et accessoires remis à {organisation.nom} ou à {partenaire.nom}, qui lui remet un récépissé de retour. Les données laissées sur les équipements sont effacées dès leur retour : le bénéficiaire en fait une copie avant de les rendre s’il souhaite les garder.

# Article 7 – Données personnelles
Pour gérer ce prêt, {organisation.nom} enregistre le nom et la référence du bénéficiaire, le nom de son représentant légal ou de son référent, le partenaire qui l’a orienté, son adresse et un moyen de le joindre, ainsi que les équipements remis. Rien n’est enregistré sur sa situation personnelle ou sociale. Ces données servent au suivi du prêt et aux statistiques anonymes du programme ; seul le partenaire référent y a accès en dehors de {organisation.nom}. Elles sont conservées pendant le prêt puis {duree_conservation} après la restitution, puis anonymisées. Le bénéficiaire ou son représentant peut y accéder, les faire corriger ou en demander l’effacement auprès de {organisation.contact}.

# Article 8 – Fin anticipée
{organisation.nom} peut mettre fin au prêt si le bénéficiaire ne respecte pas ses engagements, après un rappel resté sans réponse pendant quinze jours ; les équipements sont alors rapportés dans les huit jours. Le bénéficiaire peut mettre fin au prêt à tout moment en rapportant les équipements.`,

  en: `# Article 1 – Purpose
{organisation.name} lends {beneficiary.name}, free of charge and as part of the “{programme.name}” programme, the equipment described above. The loan is meant to let the beneficiary follow their schooling or training, deal with everyday formalities online and stay in touch with family and friends.

# Article 2 – Ownership
The equipment remains the property of {organisation.name} for the whole length of the loan. The beneficiary may not sell it, give it away, lend it to anyone else or pledge it. Inventory labels must not be removed.

# Article 3 – Use and care
The beneficiary undertakes to:
- use the equipment for their own personal, school or work purposes, within the law;
- look after it: keep it dry, carry it protected, never open it or hand it to a repairer;
- leave the installed protections in place and install no illegally obtained software;
- use the SIM card handed over, if any, for their own use only.
When the beneficiary is a minor, their legal guardian or referent makes sure with them that these undertakings are kept.

# Article 4 – Support
In case of a fault or any difficulty, the beneficiary contacts {organisation.name} ({organisation.contact}) or {partner.name}. A fault caused by normal wear is repaired, or the equipment replaced, at no cost to the beneficiary, as far as equipment is available.

# Article 5 – Breakage, loss and theft
Any breakage, loss or theft is reported to {organisation.name} without delay. After a theft, the beneficiary hands in a copy of their police report: without it, no replacement can be lent. Reference value of the equipment lent: {total_value}. A contribution may be asked for deliberate damage; nothing is asked for normal wear.

# Article 6 – Duration and return
The loan runs from {handover.date} to {return_date} ({loan_duration}). On that date, or earlier if the beneficiary leaves the programme, they bring back all the equipment and accessories handed over to {organisation.name} or to {partner.name}, and receive a return receipt. Any data left on the equipment is erased as soon as it comes back: the beneficiary copies what they wish to keep before returning it.

# Article 7 – Personal data
To manage this loan, {organisation.name} records the beneficiary’s name and reference, the name of their legal guardian or referent, the partner who referred them, their address and a way to reach them, and the equipment handed over. Nothing is recorded about their personal or social situation. This data is used to follow the loan and for the programme’s anonymous statistics; apart from {organisation.name}, only the referring partner can see it. It is kept while the loan runs, then for {retention_period} after the return, and is then anonymised. The beneficiary or their guardian may see it, have it corrected or ask for it to be erased by contacting {organisation.contact}.

# Article 8 – Early termination
{organisation.name} may end the loan if the beneficiary does not keep their undertakings, after a reminder left unanswered for fifteen days; the equipment is then brought back within eight days. The beneficiary may end the loan at any time by bringing the equipment back.`,
};
