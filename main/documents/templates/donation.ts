/**
 * Rebond's default clauses for a donation (attestation de don): a manual gift made by handing the equipment over,
 * ownership passing to the recipient (a person, a minor through the person who represents them, or an institution).
 */
import type { Lang } from '../../../shared/i18n';

export const DEFAULT_DONATION_CLAUSES: Record<Lang, string> = {
  fr: `# Article 1 – Objet et nature de l’acte
Le donateur, {organisation.nom}, donne à la partie bénéficiaire, {beneficiaire.nom}, les équipements reconditionnés décrits ci-dessus, dans le cadre du programme « {programme.nom} ». Il s’agit d’un don manuel, réalisé par la remise des équipements ; pour une personne mineure, il est accepté par la personne qui la représente ({representant.nom}).

# Article 2 – Transfert de propriété
La propriété des équipements est transférée à la partie bénéficiaire le {remise.date}, jour de la remise ; aucune restitution n’est attendue. Ils sont donnés pour son usage et ne doivent pas être revendus.

# Article 3 – État des équipements
Les équipements ont été testés et reconditionnés, et les données des précédents utilisateurs effacées. Ils sont donnés dans l’état décrit ci-dessus, sans autre garantie que l’assistance de l’article 4. Valeur de référence : {valeur_totale}.

# [SIM] Article 3 bis – Carte SIM
La ligne de la carte SIM remise, {sim.lignes}, reste au nom du donateur : seule la carte est donnée, avec son crédit, valable pour le volume et la durée indiqués ci-dessus. Le crédit n’est pas renouvelé d’office et la ligne peut être résiliée lorsqu’il est épuisé. Un usage frauduleux ou illicite permet au donateur de la suspendre sans préavis ; la perte ou le vol de la carte lui est signalé le jour même.

# Article 4 – Assistance
En cas de panne dans les trois mois suivant la remise, la partie bénéficiaire peut s’adresser au donateur ({organisation.contact}) ou au partenaire référent ({partenaire.nom}), qui l’aide dans la mesure de ses moyens.

# Article 5 – Casse, perte et vol
Les équipements appartenant désormais à la partie bénéficiaire, leur casse, perte ou vol sont à sa charge, et le donateur n’est pas tenu de les remplacer. Un dépôt de plainte est conseillé après un vol.

# Article 6 – Fin de vie
Quand les équipements ne servent plus, ils peuvent être rapportés au donateur, qui efface leurs données et les confie à une filière de recyclage agréée.

# Article 7 – Données personnelles
Responsable du traitement : le donateur, {organisation.nom}, {organisation.adresse} ({organisation.immatriculation}) ; contact : {organisation.contact} ; délégué à la protection des données : {organisation.dpo}.
- Données conservées : identité, adresse et référence de la partie bénéficiaire ; pour une personne, la catégorie de public dans laquelle le programme la compte, jamais le motif d’un accompagnement, et sa minorité ; nom de la personne qui la représente ou signe pour l’établissement ; partenaire et référent ; équipements et numéros de série ; ICCID et numéro de la carte SIM ; date de remise ; images des signatures et copie signée.
- Finalités et bases légales : gestion du don (exécution de l’acte, article 6.1.b du RGPD) ; preuve du don et statistiques anonymes pour le financeur (intérêt légitime du donateur, article 6.1.f). Aucun traitement ne repose sur le consentement.
- Destinataires : les personnes habilitées du donateur et du partenaire référent ; le financeur ne reçoit que des chiffres anonymes. Aucun transfert hors de l’Union européenne, aucune décision automatisée.
- Conservation : {duree_conservation} après la remise ; les données sont ensuite anonymisées, les signatures supprimées.
- Caractère obligatoire : ces données sont nécessaires au don ; sans elles, il ne peut être fait.
- Droits d’accès, de rectification, d’effacement, de limitation, de portabilité et d’opposition, auprès du contact ci-dessus ; réclamation possible auprès de la CNIL (www.cnil.fr).

# Article 8 – Annulation
Le don est définitif ; il ne peut être annulé que s’il a été obtenu sur la foi d’informations inexactes, les équipements étant alors rapportés au donateur.`,

  en: `# Article 1 – Purpose and nature of the deed
The donor, {organisation.name}, gives the recipient, {beneficiary.name}, the refurbished equipment described above, as part of the “{programme.name}” programme. This is a manual gift (don manuel), made by handing the equipment over; for a minor, it is accepted by the person who represents them ({guardian.name}).

# Article 2 – Transfer of ownership
Ownership passes to the recipient on {handover.date}, the day of the handover; nothing is to be returned. The equipment is given for the recipient’s own use and is not to be resold.

# Article 3 – Condition of the equipment
The equipment has been tested and refurbished, and previous users’ data erased. It is given in the condition described above, with no warranty other than the support in article 4. Reference value: {total_value}.

# [SIM] Article 3a – SIM card
The line of the SIM card handed over, {sim.lines}, stays in the donor’s name: only the card is given, with its credit, valid for the allowance and period shown above. The credit is not renewed automatically and the line may be closed when it runs out. Fraudulent or unlawful use allows the donor to suspend it without notice; the loss or theft of the card is reported to the donor on the same day.

# Article 4 – Support
In case of a fault within three months of the handover, the recipient may contact the donor ({organisation.contact}) or the referring partner ({partner.name}), who will help as far as they can.

# Article 5 – Breakage, loss and theft
As the equipment now belongs to the recipient, its breakage, loss or theft is their own responsibility, and the donor is not bound to replace it. Reporting a theft to the police is advised.

# Article 6 – End of life
When the equipment is no longer used, it may be brought back to the donor, who erases its data and hands it to an approved recycling channel.

# Article 7 – Personal data
Controller: the donor, {organisation.name}, {organisation.address} ({organisation.registration}); contact: {organisation.contact}; data protection officer: {organisation.dpo}.
- Data kept: the recipient’s identity, address and reference; for a person, the group the programme counts them in, never the reason for any support, and whether they are a minor; the name of the person representing them or signing for the institution; partner and referent; equipment and serial numbers; the SIM card’s ICCID and number; the handover date; signature images and the signed copy.
- Purposes and legal bases: managing the gift (performance of the deed, Article 6(1)(b) GDPR); proof of the gift and anonymous statistics for the funder (the donor’s legitimate interest, Article 6(1)(f)). No processing is based on consent.
- Recipients: the authorised staff of the donor and of the referring partner; the funder receives anonymous figures only. No transfer outside the European Union, no automated decision.
- Retention: {retention_period} after the handover; the data is then anonymised and the signatures deleted.
- Whether required: this data is needed for the gift; without it the gift cannot be made.
- Rights of access, rectification, erasure, restriction, portability and objection, through the contact above; a complaint may be lodged with the CNIL, the French data protection authority (www.cnil.fr).

# Article 8 – Cancellation
The gift is final; it can be cancelled only if it was obtained on the strength of false information, the equipment then being brought back to the donor.`,
};
