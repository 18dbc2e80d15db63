import type { MethodName } from '../../shared/contract';
import type { OperatorRole } from '../../shared/domain/values';
import type { MessageKey } from '../../shared/i18n';
import { canCall } from '../session/canCall';

/**
 * Each function key opens one screen, the same for every operator: a screen the operator may not use has no key
 * (its key does nothing), and the others keep theirs, so F4 is the erasure desk for a technician and for an
 * officer alike. The browser keeps F10 to F12; screens after the ninth are reached by mouse or Tab.
 */
export const FUNCTION_KEYS = [
  { key: 'F1', screen: 'dashboard' },
  { key: 'F2', screen: 'inventory' },
  { key: 'F3', screen: 'intake' },
  { key: 'F4', screen: 'erasure' },
  { key: 'F5', screen: 'refurbishment' },
  { key: 'F6', screen: 'recycling' },
  { key: 'F7', screen: 'handover' },
  { key: 'F8', screen: 'returns' },
  { key: 'F9', screen: 'follow-up' },
] as const;

export type FunctionKey = (typeof FUNCTION_KEYS)[number]['key'];

/** The keys this operator has: only the screens it may open (`allowed`: the navigation's own test). */
export function functionKeysFor(allowed: (screen: string) => boolean): { key: FunctionKey; screen: string }[] {
  return FUNCTION_KEYS.filter((entry) => allowed(entry.screen)).map((entry) => ({ ...entry }));
}

/** The key of a screen, if it has one. */
export function functionKeyOf(screen: string): FunctionKey | null {
  return FUNCTION_KEYS.find((entry) => entry.screen === screen)?.key ?? null;
}

/** One line of the `?` overlay: the keys (`Enter` and `Esc` are said in the operator's language) and what they do. */
export interface KeyHint {
  keys: string;
  label: MessageKey;
  /** Shown only to operators who may call this method (e.g. verifying an erasure). */
  can?: MethodName;
}

/** Keys that work on every screen. */
export const GLOBAL_KEYS: readonly KeyHint[] = [
  { keys: '?', label: 'keys.global.overlay' },
  { keys: 'Esc', label: 'keys.global.escape' },
];

const SCAN: KeyHint[] = [
  { keys: 'Enter', label: 'keys.scan.enter' },
  { keys: 'Esc', label: 'keys.scan.escape' },
];

/**
 * The keys of each screen, by route (`sims/intake` for a route with a parameter that is a screen of its own). The
 * screens' own hints (`intake.keysHelp`, the keys on the buttons) say the same; this is the list the overlay shows.
 */
export const SCREEN_KEYS: Readonly<Record<string, readonly KeyHint[]>> = {
  inventory: [
    { keys: '/', label: 'keys.inventory.search' },
    { keys: 'Space', label: 'keys.inventory.tick' },
    { keys: 'Ctrl+A', label: 'keys.inventory.tickAll' },
    { keys: 'Enter', label: 'keys.inventory.open' },
    { keys: 'Esc', label: 'keys.inventory.untick' },
  ],
  intake: [
    ...SCAN,
    { keys: 'Alt+S', label: 'keys.intake.serial' },
    { keys: 'Alt+I', label: 'keys.intake.imei' },
    { keys: 'Alt+1 … Alt+5', label: 'keys.intake.kind' },
    { keys: 'Alt+M', label: 'keys.intake.make' },
    { keys: 'Alt+O', label: 'keys.intake.model' },
    { keys: 'Alt+D', label: 'keys.intake.drive' },
    { keys: 'Alt+L', label: 'keys.intake.labelAtScan' },
  ],
  erasure: [
    ...SCAN,
    { keys: 'Alt+1 … Alt+4', label: 'keys.erasure.preset' },
    { keys: 'Alt+T', label: 'keys.erasure.checklistAll' },
    { keys: 'Enter', label: 'keys.erasure.record' },
  ],
  refurbishment: [
    ...SCAN,
    { keys: 'P · F · N', label: 'keys.workshop.diagnostics' },
    { keys: '↑ ↓', label: 'keys.workshop.nextCheck' },
    { keys: 'Alt+A … Alt+D', label: 'keys.workshop.grade' },
    { keys: 'Alt+1 … Alt+3', label: 'keys.workshop.functional' },
    { keys: 'Alt+Q', label: 'keys.workshop.qc' },
  ],
  handover: [
    { keys: 'Alt+B', label: 'keys.handover.beneficiary' },
    { keys: 'Alt+N', label: 'keys.handover.newBeneficiary' },
    { keys: 'Alt+I', label: 'keys.handover.institution' },
    { keys: 'Alt+P', label: 'keys.handover.programme' },
    { keys: 'Alt+S', label: 'keys.handover.scan' },
    { keys: 'Alt+A', label: 'keys.handover.accessory' },
    { keys: 'Ctrl+Enter', label: 'keys.handover.confirm' },
  ],
  returns: [...SCAN, { keys: 'Ctrl+Enter', label: 'keys.returns.confirm' }],
  'sims/intake': SCAN,
};

/** The screen whose keys apply: a route, or a route and its parameter when that is a screen of its own. */
export function keyScreenOf(route: { name: string; param: string | null }): string {
  const own = route.param === null ? null : `${route.name}/${route.param}`;
  return own !== null && own in SCREEN_KEYS ? own : route.name;
}

/** What the overlay lists for this screen and operator: the screen's keys this operator may use. */
export function screenKeysFor(screen: string, roles: readonly OperatorRole[] | undefined): KeyHint[] {
  return (SCREEN_KEYS[screen] ?? []).filter((hint) => !hint.can || canCall(roles, hint.can));
}
