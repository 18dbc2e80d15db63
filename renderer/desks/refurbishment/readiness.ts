import type { DeviceDetail } from '../../../shared/contract/devices';
import type { DeviceState } from '../../../shared/domain/lifecycle';
import type { T } from '../../i18n/useT';
import { describeSubject } from '../erasure/describe';
import { subjectsOf } from '../erasure/subjects';

/** States in which the device has not reached the workshop yet: the erasure desk comes first. */
const BEFORE_WORKSHOP: readonly DeviceState[] = ['received', 'awaiting_erasure', 'quarantined', 'returned'];
const AT_WORKSHOP: readonly DeviceState[] = ['erased', 'in_refurbishment', 'ready'];

/**
 * Why a device is not ready, in the words of the lifecycle's guards: each medium without a verified erasure,
 * no grade, no passed quality check, or a state the workshop cannot take.
 */
export function reasonsNotReady(t: T, device: DeviceDetail): string[] {
  if (device.status === 'ready') return [];
  const reasons: string[] = [];
  if (BEFORE_WORKSHOP.includes(device.status)) {
    reasons.push(t('workshop.why.erasureFirst', { state: t(`state.${device.status}`) }));
  } else if (!AT_WORKSHOP.includes(device.status)) {
    reasons.push(t('workshop.why.notHere', { state: t(`state.${device.status}`) }));
  }
  for (const subject of subjectsOf(device)) {
    if (subject.state !== 'verified') {
      reasons.push(
        t('workshop.why.erasure', { medium: describeSubject(t, subject), state: t(`erasureState.${subject.state}`) }),
      );
    }
  }
  if (!device.facts.graded) reasons.push(t('workshop.why.grade'));
  if (!device.facts.qcPassed) reasons.push(t('workshop.why.qc'));
  return reasons;
}
