/**
 * Articles the default texts share, written once per language with the words that change between variants (who
 * the data is about, who answers for the equipment). Each variant's default is still one full text: a coordinator
 * edits it whole.
 */

export interface FrenchParty {
  /** The borrower as the articles name it: « la personne bénéficiaire », « l’établissement ». */
  who: string;
  /** The same after « à » / « de »: « à la personne bénéficiaire », « à l’établissement ». */
  toWho: string;
}

export const frSim = (party: FrenchParty) => `# [SIM] Article 3 bis – Carte SIM
La ligne de la carte SIM remise, {sim.lignes}, est ouverte par le prêteur, qui en reste titulaire : ${party.who} n’acquiert aucun droit sur cette ligne et ne peut la faire transférer à son nom. Le crédit chargé sur la carte vaut pour le volume et la durée indiqués ci-dessus ; le prêteur n’est pas tenu de le renouveler. À la fin du prêt, la carte est restituée avec les équipements et la ligne peut être suspendue ou résiliée ; il en va de même lorsque le crédit arrive à son terme sans être renouvelé. Toute utilisation frauduleuse ou contraire à la loi (revente du crédit, numéros surtaxés, harcèlement) permet au prêteur de suspendre la ligne sans préavis et de mettre fin au prêt. La perte ou le vol de la carte est signalé au prêteur le jour même, pour qu’il fasse suspendre la ligne.`;

export const frLoss = (party: FrenchParty, fault: string) => `# Article 5 – Casse, perte et vol
Toute casse, perte ou tout vol est déclaré au prêteur dans les huit jours de sa découverte. En cas de vol, une copie du dépôt de plainte est remise au prêteur ; en cas de perte, une déclaration écrite, datée et signée, qui en décrit les circonstances. Sans ces pièces, aucun équipement de remplacement ne peut être prêté.
Aucune somme n’est demandée pour l’usure normale, ni pour une perte ou un vol déclarés dans ces conditions et survenus sans faute. Conformément aux articles 1880 à 1884 du Code civil, la perte ou la dégradation due à ${fault} ou à un usage contraire à la présente convention reste à la charge ${party.toWho} : le prêteur peut alors demander une participation, qui ne dépasse pas la valeur de référence des équipements concernés (valeur de l’ensemble : {valeur_totale}).`;

export const frRights = `- Droits : chaque personne concernée peut demander l’accès à ses données, leur rectification ou leur effacement, la limitation du traitement et la portabilité des données qu’elle a fournies, et s’opposer aux traitements fondés sur l’intérêt légitime, en s’adressant au prêteur ({organisation.contact}). Elle peut introduire une réclamation auprès de la Commission nationale de l’informatique et des libertés (CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr).`;

export const frController = `Le prêteur, {organisation.nom} ({organisation.adresse} ; {organisation.immatriculation}), est responsable du traitement des données personnelles recueillies pour la présente convention. Contact : {organisation.contact}. Délégué à la protection des données : {organisation.dpo}.`;

export interface EnglishParty {
  /** « the beneficiary », « the institution » */
  who: string;
}

export const enSim = (party: EnglishParty) => `# [SIM] Article 3a – SIM card
The line of the SIM card handed over, {sim.lines}, is opened by the lender, who remains its holder: ${party.who} acquires no right to the line and may not have it transferred into their own name. The credit loaded on the card covers the allowance and the period shown above; the lender is not bound to renew it. At the end of the loan the card is returned with the equipment and the line may be suspended or closed; the same applies when the credit runs out and is not renewed. Any fraudulent or unlawful use (reselling the credit, premium-rate numbers, harassment) allows the lender to suspend the line without notice and to end the loan. The loss or theft of the card is reported to the lender on the same day, so that the line can be suspended.`;

export const enLoss = (party: EnglishParty, fault: string) => `# Article 5 – Breakage, loss and theft
Any breakage, loss or theft is reported to the lender within eight days of its discovery. After a theft, a copy of the police report is handed to the lender; after a loss, a written statement, dated and signed, describing the circumstances. Without these, no replacement can be lent.
Nothing is charged for normal wear, nor for a loss or theft reported in this way and not caused by any fault. Under articles 1880 to 1884 of the French Civil Code, loss of or damage to the equipment caused by ${fault} or by a use contrary to this agreement is borne by ${party.who}: the lender may then ask for a contribution, which does not exceed the reference value of the equipment concerned (value of the whole: {total_value}).`;

export const enRights = `- Rights: every person concerned may ask for access to their data, its rectification or erasure, the restriction of its processing and the portability of the data they provided, and may object to the processing based on legitimate interest, by contacting the lender ({organisation.contact}). They may lodge a complaint with the French data protection authority (Commission nationale de l’informatique et des libertés, CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr).`;

export const enController = `The lender, {organisation.name} ({organisation.address}; {organisation.registration}), is the controller of the personal data collected for this agreement. Contact: {organisation.contact}. Data protection officer: {organisation.dpo}.`;
