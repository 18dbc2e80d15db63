/**
 * Articles the default texts share, written once per language with the words that change between variants (who
 * answers for the equipment, whose data is kept). Each variant's default is still one full text: a coordinator
 * edits it whole. Kept short on purpose: every word is printed on every agreement.
 */

export interface FrenchParty {
  /** The borrower as the articles name it: « la personne bénéficiaire », « l’établissement ». */
  who: string;
  /** The same after « de »: « de la personne bénéficiaire », « de l’établissement ». */
  ofWho: string;
}

export const frSim = (party: FrenchParty) => `# [SIM] Article 3 bis – Carte SIM
La ligne de la carte SIM remise, {sim.lignes}, reste au nom du prêteur : ${party.who} ne peut la faire transférer à son nom. Le crédit vaut pour le volume et la durée indiqués ci-dessus et n’est pas renouvelé d’office. À la fin du prêt, la carte est restituée et la ligne peut être résiliée, de même lorsque le crédit est épuisé sans être renouvelé. Un usage frauduleux ou illicite permet au prêteur de suspendre la ligne sans préavis et de mettre fin au prêt. La perte ou le vol de la carte lui est signalé le jour même.`;

export const frLoss = (party: FrenchParty, fault: string) => `# Article 5 – Casse, perte et vol
Chaque casse, perte ou vol est signalé au prêteur dans les huit jours, avec une copie du dépôt de plainte en cas de vol, une déclaration écrite et signée en cas de perte ; sans elles, aucun remplacement n’est possible. Rien n’est dû pour l’usure normale, ni pour une perte ou un vol ainsi déclarés et survenus sans faute. La perte ou la dégradation due à ${fault} ou à un usage non conforme reste à la charge ${party.ofWho} (articles 1880 et suivants du Code civil) : le prêteur peut demander une participation, au plus égale à la valeur de référence des équipements concernés ({valeur_totale} pour l’ensemble).`;

export const frController = `Responsable du traitement : le prêteur, {organisation.nom}, {organisation.adresse} ({organisation.immatriculation}) ; contact : {organisation.contact} ; délégué à la protection des données : {organisation.dpo}.`;

export const frRecipients = (partner: boolean) =>
  `- Destinataires : les personnes habilitées du prêteur${partner ? ' et du partenaire référent' : ''} ; le financeur ne reçoit que des chiffres anonymes. Aucun transfert hors de l’Union européenne, aucune décision automatisée.`;

export const frRights = `- Droits d’accès, de rectification, d’effacement, de limitation, de portabilité et d’opposition, auprès du contact ci-dessus ; réclamation possible auprès de la CNIL (www.cnil.fr).`;

export interface EnglishParty {
  /** « the beneficiary », « the institution » */
  who: string;
}

export const enSim = (party: EnglishParty) => `# [SIM] Article 3a – SIM card
The line of the SIM card handed over, {sim.lines}, stays in the lender’s name: ${party.who} may not have it transferred into their own. The credit covers the allowance and period shown above and is not renewed automatically. At the end of the loan the card is returned and the line may be closed, as it may when the credit runs out without being renewed. Fraudulent or unlawful use allows the lender to suspend the line without notice and to end the loan. The loss or theft of the card is reported to the lender on the same day.`;

export const enLoss = (party: EnglishParty, fault: string) => `# Article 5 – Breakage, loss and theft
Any breakage, loss or theft is reported to the lender within eight days, with a copy of the police report after a theft, a written and signed statement after a loss; without these, no replacement is possible. Nothing is owed for normal wear, nor for a loss or theft so reported and not caused by any fault. Loss or damage caused by ${fault} or by improper use is borne by ${party.who} (articles 1880 and following of the French Civil Code): the lender may ask for a contribution of at most the reference value of the equipment concerned ({total_value} for the whole).`;

export const enController = `Controller: the lender, {organisation.name}, {organisation.address} ({organisation.registration}); contact: {organisation.contact}; data protection officer: {organisation.dpo}.`;

export const enRecipients = (partner: boolean) =>
  `- Recipients: the authorised staff of the lender${partner ? ' and of the referring partner' : ''}; the funder receives anonymous figures only. No transfer outside the European Union, no automated decision.`;

export const enRights = `- Rights of access, rectification, erasure, restriction, portability and objection, through the contact above; a complaint may be lodged with the CNIL, the French data protection authority (www.cnil.fr).`;
