import { describe, expect, it } from 'vitest';
import { domainOf, isInDomains, queryKey, staleDomains } from '../../shared/contract/query-keys';

describe('the renderer’s query keys', () => {
  it('key a read by its method and input', () => {
    expect(queryKey('devices.get', { assetTag: 'RB-000001' })).toEqual(['devices.get', { assetTag: 'RB-000001' }]);
  });

  it('take the domain from the method name’s prefix', () => {
    expect(domainOf('devices.applyAction')).toBe('devices');
    expect(domainOf('agreementTemplates.save')).toBe('agreementTemplates');
  });
});

describe('what a mutation makes stale', () => {
  it('is its own domain and the events, every change writing one', () => {
    expect([...staleDomains('sites.update')].sort()).toEqual(['events', 'sites']);
  });

  it('adds the domains the caller names', () => {
    expect([...staleDomains('handovers.create', ['devices', 'inventory'])].sort()).toEqual([
      'devices',
      'events',
      'handovers',
      'inventory',
    ]);
  });

  it('matches the reads of those domains only', () => {
    const stale = staleDomains('erasure.verify', ['devices']);
    expect(isInDomains(queryKey('erasure.awaitingVerification', {}), stale)).toBe(true);
    expect(isInDomains(queryKey('devices.get', { assetTag: 'RB-000001' }), stale)).toBe(true);
    expect(isInDomains(queryKey('sites.list', {}), stale)).toBe(false);
    expect(isInDomains(['transport'], stale)).toBe(false);
  });
});
