/**
 * The one function that decides what a handover warns about before it is confirmed: the counter's preview
 * (`handovers.preview`) and the confirmation itself (`handovers.create`) both ask it, so the screen announces exactly
 * what main will record. A warning never refuses: the counter accepts it knowingly, and the handover's event says
 * which ones were accepted. Plain TypeScript, no Node or DOM.
 */
import type { HandoverWarningCode } from '../handover-errors';
import type { LendingWarningCode } from '../lending-errors';
import type { TargetItem } from './lending';
import type { DeviceKind } from './values';

export interface WarningDevice {
  id: number;
  assetTag: string;
  kind: DeviceKind;
}

export interface WarningSim {
  id: number;
  iccid: string;
  phoneNumber: string | null;
  /** The last day of the current plan; null when the card has never been topped up. */
  expiresOn: string | null;
}

export interface HandoverWarningFacts {
  handedOn: string;
  /** Loans only. */
  dueOn: string | null;
  /** Null while the counter has not chosen one. */
  programme: { name: string; startsOn: string; endsOn: string | null; targets: readonly { item: TargetItem }[] } | null;
  devices: readonly WarningDevice[];
  sims: readonly WarningSim[];
  /** The beneficiary's handovers still open; null for an institution or before a recipient is chosen. */
  recipientOpenHandovers: number | null;
}

export interface HandoverWarningDraft {
  /**
   * Names the warning and what it is about (`sim_without_credit:sim:12`), so an acknowledgement covers exactly the
   * warnings shown. Ids only: the key is copied into the event log, which names no one.
   */
  key: string;
  code: HandoverWarningCode | LendingWarningCode;
  field: string;
  params: Record<string, string | number>;
}

export function handoverWarnings(facts: HandoverWarningFacts): HandoverWarningDraft[] {
  const warnings: HandoverWarningDraft[] = [];
  const { handedOn, dueOn, programme } = facts;
  if (facts.recipientOpenHandovers !== null && facts.recipientOpenHandovers > 0) {
    warnings.push({
      key: 'recipient_has_open_loan',
      code: 'recipient_has_open_loan',
      field: 'recipient',
      params: { count: facts.recipientOpenHandovers },
    });
  }
  if (programme) {
    if (handedOn < programme.startsOn || (programme.endsOn !== null && handedOn > programme.endsOn)) {
      warnings.push({
        key: 'programme_outside_dates',
        code: 'programme_outside_dates',
        field: 'handedOn',
        params: { date: handedOn, programme: programme.name },
      });
    } else if (dueOn !== null && programme.endsOn !== null && dueOn > programme.endsOn) {
      warnings.push({
        key: 'due_after_programme_end',
        code: 'due_after_programme_end',
        field: 'dueOn',
        params: { dueOn, endsOn: programme.endsOn, programme: programme.name },
      });
    }
    if (programme.targets.length > 0) {
      const targeted = new Set<TargetItem>(programme.targets.map((target) => target.item));
      for (const device of facts.devices) {
        if (!targeted.has(device.kind)) {
          warnings.push({
            key: `item_outside_targets:device:${device.id}`,
            code: 'item_outside_targets',
            field: 'deviceIds',
            params: { ref: device.assetTag, item: `kind.${device.kind}`, programme: programme.name },
          });
        }
      }
      if (!targeted.has('sim')) {
        for (const sim of facts.sims) {
          warnings.push({
            key: `item_outside_targets:sim:${sim.id}`,
            code: 'item_outside_targets',
            field: 'simIds',
            params: { ref: sim.iccid, item: 'entity.sim', programme: programme.name },
          });
        }
      }
    }
  }
  for (const sim of facts.sims) {
    if (sim.expiresOn === null || sim.expiresOn < handedOn) {
      warnings.push({
        key: `sim_without_credit:sim:${sim.id}`,
        code: 'sim_without_credit',
        field: 'simIds',
        params: { iccid: sim.iccid },
      });
    } else if (dueOn !== null && sim.expiresOn < dueOn) {
      warnings.push({
        key: `sim_expires_before_due:sim:${sim.id}`,
        code: 'sim_expires_before_due',
        field: 'simIds',
        params: { iccid: sim.iccid, expiresOn: sim.expiresOn, dueOn },
      });
    }
    if (sim.phoneNumber === null) {
      warnings.push({
        key: `sim_without_number:sim:${sim.id}`,
        code: 'sim_without_number',
        field: 'simIds',
        params: { iccid: sim.iccid },
      });
    }
  }
  return warnings;
}

/** The warnings an acknowledgement does not cover (it was given for what the counter showed, not for what came since). */
export function unacknowledged(
  warnings: readonly HandoverWarningDraft[],
  acknowledged: readonly string[],
): HandoverWarningDraft[] {
  const given = new Set(acknowledged);
  return warnings.filter((warning) => !given.has(warning.key));
}
