import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { fieldLimits, renderContractMeta } from '../../shared/contract/meta';

const GENERATED = new URL('../../renderer/generated/contract-meta.ts', import.meta.url);

describe('the renderer’s generated copy of the contract', () => {
  it('matches the contract (run `npm run generate:contract` after changing a schema or a role)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(renderContractMeta());
  });

  it('reads text limits through optional, nullable and transformed fields', () => {
    expect(fieldLimits('sites.create')).toEqual({
      name: { required: true, minLength: 1, maxLength: 120 },
      address: { maxLength: 300 },
    });
  });

  it('names the items of an array `path.*`', () => {
    expect(fieldLimits('handovers.create')['accessories.*']).toEqual({ minLength: 1, maxLength: 120 });
  });

  it('keeps each method’s roles as the contract declares them', () => {
    expect(contract['operators.create'].roles).toEqual(['admin']);
    expect(renderContractMeta()).toContain('"sites.list": "any"');
  });
});
