import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { parsePlanNumbers } from '../../../renderer/lending/sims/planNumbers';

const fr = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);

describe('the SIM plan number boxes (intake, edit dialog, top-up)', () => {
  it('reads a decimal data amount and whole days, and leaves blank boxes null', () => {
    expect(parsePlanNumbers(fr, 'plan', '2,5', '30')).toEqual({ ok: true, dataGb: 2.5, validityDays: 30 });
    expect(parsePlanNumbers(fr, 'topUp', '', '')).toEqual({ ok: true, dataGb: null, validityDays: null });
  });

  it('refuses a data amount that is not a number, naming the plan’s field', () => {
    const read = parsePlanNumbers(fr, 'plan', 'beaucoup', '30');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.field).toBe('planDataGb');
    expect(read.error.message).toContain(translate('fr', 'field.planDataGb'));
  });

  it('refuses zero or fractional days, naming the top-up’s field', () => {
    for (const typed of ['0', '1,5']) {
      const read = parsePlanNumbers(fr, 'topUp', '', typed);
      expect(read.ok).toBe(false);
      if (read.ok) continue;
      expect(read.error.field).toBe('validityDays');
      expect(read.error.message).toContain(translate('fr', 'field.validityDays'));
    }
  });
});
