import { defineMessages } from '../define';

/** The `rebond` command line. */
export const cliMessages = defineMessages({
  fr: {
    'cli.usage':
      'Usage : npm run rebond -- <commande> [--data-dir DOSSIER] [--lang fr|en]\nCommandes :\n  demo --devices N [--seed S]   crée un jeu de données réaliste (formation, captures, mesures)\n  check                          vérifie l’intégrité, les clés étrangères et la chaîne des événements\n  stats [--json]                 compte les appareils par état\n  anonymise                      anonymise les bénéficiaires dont le dernier prêt est clos depuis le délai de conservation\n  document <{kinds}>\n           (--device ÉTIQUETTE… | --batch LOT… | --handover REMISE… | --return RETOUR…) [--format {formats}]\n           [--dpi {dpis}] [--start N] [--no-grade] --out FICHIER|DOSSIER\n                                 établit un document PDF, ou un par sujet dans le dossier (plusieurs appareils : un seul document)\n  reprint RÉFÉRENCE --out FICHIER   réécrit à l’identique un document déjà établi\n  list <devices|batches|handovers|returns> [--status ÉTAT] [--json]   liste (un objet JSON par ligne avec --json)\n  export <inventory|erasures|handovers|sims|top-ups|recycling|donors|batches> [--status ÉTAT] [--kind TYPE] [--grade G]\n         [--site N] [--batch LOT] --format csv|xlsx --out FICHIER [--operator NOM]   une liste en tableur',
    'cli.unknownCommand': 'Commande inconnue « {command} ».',
    'cli.badOption': 'Option invalide : {detail}',
    'cli.badNumber': 'L’option --{option} attend un nombre entier de {min} à {max} (reçu « {value} »).',
    'cli.noDatabase': 'Aucune base Rebond dans {dir}.',
    'cli.demoDone': {
      plural: 'devices',
      one: {
        plural: 'batches',
        one: '{devices} appareil créé en {batches} lot dans {path} ({seconds} s).',
        other: '{devices} appareil créé en {batches} lots dans {path} ({seconds} s).',
      },
      other: {
        plural: 'batches',
        one: '{devices} appareils créés en {batches} lot dans {path} ({seconds} s).',
        other: '{devices} appareils créés en {batches} lots dans {path} ({seconds} s).',
      },
    },
    'cli.demoNotEmpty':
      '{dir} contient déjà des données : la démonstration ne s’installe que dans un dossier neuf (choisissez-en un autre avec --data-dir).',
    'cli.checkIntegrity': 'Intégrité SQLite : {result}',
    'cli.checkForeignKeys': 'Clés étrangères : {result}',
    'cli.checkChain': 'Chaîne des événements : {result}',
    'cli.ok': 'OK',
    'cli.foreignKeyProblems': {
      one: '{count} référence cassée : {table} ligne {row}',
      other: '{count} références cassées, par ex. {table} ligne {row}',
    },
    'cli.chainOk': { one: 'OK ({count} événement vérifié)', other: 'OK ({count} événements vérifiés)' },
    'cli.chainBroken': 'ROMPUE à l’événement {id} ({problem})',
    'cli.chainProblem.edited': 'événement modifié',
    'cli.chainProblem.missing_or_reordered': 'événement supprimé ou déplacé',
    'cli.chainProblem.truncated': 'fin du journal supprimée',
    'cli.checkFailed': 'Des problèmes ont été trouvés.',
    'cli.statsTitle': 'Appareils par état',
    'cli.statsTotal': 'Total',
    'cli.anonymiseDone': {
      one: {
        plural: 'kept',
        one: '{count} bénéficiaire anonymisé (dernier prêt clos depuis plus de {months} mois) ; {kept} conservé car un prêt est en cours.',
        other:
          '{count} bénéficiaire anonymisé (dernier prêt clos depuis plus de {months} mois) ; {kept} conservés car un prêt est en cours.',
      },
      other: {
        plural: 'kept',
        one: '{count} bénéficiaires anonymisés (dernier prêt clos depuis plus de {months} mois) ; {kept} conservé car un prêt est en cours.',
        other:
          '{count} bénéficiaires anonymisés (dernier prêt clos depuis plus de {months} mois) ; {kept} conservés car un prêt est en cours.',
      },
    },
  },
  en: {
    'cli.usage':
      'Usage: npm run rebond -- <command> [--data-dir DIR] [--lang fr|en]\nCommands:\n  demo --devices N [--seed S]   seed a realistic dataset (training, screenshots, benchmarks)\n  check                          verify integrity, foreign keys and the event chain\n  stats [--json]                 count devices by status\n  anonymise                      anonymise beneficiaries whose last loan closed longer ago than the retention period\n  document <{kinds}>\n           (--device TAG… | --batch BATCH… | --handover HANDOVER… | --return RETURN…) [--format {formats}]\n           [--dpi {dpis}] [--start N] [--no-grade] --out FILE|DIR\n                                 issue a PDF document, or one per subject into the folder (several devices: one document)\n  reprint REFERENCE --out FILE   write an issued document again, identical\n  list <devices|batches|handovers|returns> [--status S] [--json]   list (one JSON object per line with --json)\n  export <inventory|erasures|handovers|sims|top-ups|recycling|donors|batches> [--status S] [--kind K] [--grade G]\n         [--site N] [--batch BATCH] --format csv|xlsx --out FILE [--operator NAME]   a list as a spreadsheet',
    'cli.unknownCommand': 'Unknown command "{command}".',
    'cli.badOption': 'Invalid option: {detail}',
    'cli.badNumber': 'Option --{option} takes a whole number from {min} to {max} (got "{value}").',
    'cli.noDatabase': 'No Rebond database in {dir}.',
    'cli.demoDone': {
      plural: 'devices',
      one: {
        plural: 'batches',
        one: '{devices} device created in {batches} batch in {path} ({seconds} s).',
        other: '{devices} device created in {batches} batches in {path} ({seconds} s).',
      },
      other: {
        plural: 'batches',
        one: '{devices} devices created in {batches} batch in {path} ({seconds} s).',
        other: '{devices} devices created in {batches} batches in {path} ({seconds} s).',
      },
    },
    'cli.demoNotEmpty':
      '{dir} already holds data: the demo only goes into a new folder (choose another with --data-dir).',
    'cli.checkIntegrity': 'SQLite integrity: {result}',
    'cli.checkForeignKeys': 'Foreign keys: {result}',
    'cli.checkChain': 'Event chain: {result}',
    'cli.ok': 'OK',
    'cli.foreignKeyProblems': {
      one: '{count} broken reference: {table} row {row}',
      other: '{count} broken references, e.g. {table} row {row}',
    },
    'cli.chainOk': { one: 'OK ({count} event verified)', other: 'OK ({count} events verified)' },
    'cli.chainBroken': 'BROKEN at event {id} ({problem})',
    'cli.chainProblem.edited': 'event edited',
    'cli.chainProblem.missing_or_reordered': 'event removed or moved',
    'cli.chainProblem.truncated': 'end of the log removed',
    'cli.checkFailed': 'Problems were found.',
    'cli.statsTitle': 'Devices by status',
    'cli.statsTotal': 'Total',
    'cli.anonymiseDone': {
      one: '{count} beneficiary record anonymised (last loan closed more than {months} months ago); {kept} kept because a loan is open.',
      other:
        '{count} beneficiary records anonymised (last loan closed more than {months} months ago); {kept} kept because a loan is open.',
    },
  },
});
