/** The zone this machine runs in: the organisation's until an administrator chooses another. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The IANA zones this runtime knows (`Europe/Paris`, `America/Cayenne`, `Indian/Reunion`…), sorted. */
export function timeZones(): readonly string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** A zone Intl can format with; the check is the formatter itself, so aliases such as `Asia/Calcutta` pass too. */
export function isTimeZone(zone: string): boolean {
  if (zone === '' || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
