// Layer rules of Rebond, checked by `npm run lint:layers` (part of `npm test`). The README's "Layers" section says why.
// Type-only imports are erased before the check (TypeScript 7 has no compiler API for dependency-cruiser to use), so
// these rules are about what runs; tsc keeps the types honest.

const feature = '^renderer/(admin|dashboard|desks|device|imports|inventory|lending|reports)/';

/** A rule that `from` may not import `to`. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

module.exports = {
  forbidden: [
    forbid('no-cycles', 'A cycle makes two modules one; break it by moving the shared part down.', {}, { circular: true }),
    forbid(
      'store-stays-at-the-bottom',
      'The store knows SQLite and the shared vocabulary, nothing above it.',
      { path: '^main/store/' },
      { path: '^main/(?!store/|errors\\.ts$)' },
    ),
    forbid(
      'migrations-are-self-contained',
      'A released migration must never change because shared code did.',
      { path: '^main/store/migrations/' },
      { path: '^(shared|renderer)/|^main/(?!store/migrations/)' },
    ),
    forbid(
      'backup-below-services',
      'Backups copy and verify the store; services call them, not the other way round.',
      { path: '^main/backup/' },
      { path: '^main/(services|documents|api|api-host|web|cli|electron|platform|hub)/' },
    ),
    forbid(
      'imports-readers-are-parsers',
      'Readers turn files into records; the import services decide what to do with them.',
      { path: '^main/imports/' },
      { path: '^main/(?!imports/|errors\\.ts$)' },
    ),
    forbid(
      'documents-below-the-api',
      'Documents are drawn from what the services read; they never know a transport. No module cycle with the services (no-cycles).',
      { path: '^main/documents/' },
      { path: '^main/(api|api-host|web|cli|electron|platform|hub)/' },
    ),
    forbid(
      'services-below-the-api',
      'Services own the rules; transports and their localisation sit above them.',
      { path: '^main/services/' },
      { path: '^main/(api|api-host|web|cli|electron|platform|hub)/' },
    ),
    forbid(
      'api-below-transports',
      'The one gate knows no transport.',
      { path: '^main/api/' },
      { path: '^main/(api-host|web|cli|electron|hub)/' },
    ),
    forbid(
      'electron-only-in-the-shell',
      'Only the desktop shell and the build know the shell; the CLI may ask which SQLite binding its runtime loads.',
      { path: '^(main/(?!electron/|build/)|shared/|renderer/)' },
      { path: '^main/electron/(?!runtime/)' },
    ),
    forbid(
      'electron-runtime-only-for-native-code',
      'Outside the shell, only the CLI reads Electron runtime facts, for the binding of the packaged rebond command.',
      { path: '^(main/(?!electron/|build/|cli/)|shared/|renderer/)' },
      { path: '^main/electron/runtime/' },
    ),
    forbid(
      'shared-is-shared',
      'shared/ runs in main and in the renderer: it imports neither.',
      { path: '^shared/' },
      { path: '^(main|renderer)/' },
    ),
    forbid(
      'main-never-imports-the-renderer',
      'The renderer talks to main through the contract only.',
      { path: '^main/' },
      { path: '^renderer/' },
    ),
    forbid(
      'renderer-never-imports-main',
      'The renderer talks to main through the contract only.',
      { path: '^renderer/' },
      { path: '^main/' },
    ),
    forbid(
      'features-use-public-entries',
      "A screen uses another feature through that feature's index.ts, never its internals.",
      { path: `${feature}`, pathNot: '^renderer/$1/' },
      { path: `${feature}(?!index\\.ts$)`, pathNot: ['^renderer/$1/'] },
    ),
    forbid(
      'building-blocks-know-no-feature',
      'Components, the data layer, forms and the catalogue serve every screen and import none.',
      { path: '^renderer/(components|api|forms|i18n|session|documents)/' },
      { path: `${feature}|^renderer/app/(?!router\\.ts$|session\\.tsx$)` },
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|generated)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    babelConfig: { fileName: '.layers.babel.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'content' },
  },
};
