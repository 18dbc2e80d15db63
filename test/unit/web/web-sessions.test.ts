import { describe, expect, it } from 'vitest';
import { LAUNCH_CODE_TTL_MS, LaunchCodes } from '../../../main/web/launch-codes';
import { MAX_SESSIONS, SESSION_IDLE_MS, WebSessions } from '../../../main/web/web-sessions';

function pinnedClock() {
  let now = new Date('2026-11-20T08:00:00Z');
  return { clock: () => now, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('browser sessions', () => {
  it('keeps each session apart, known only by its secret', () => {
    const sessions = new WebSessions();
    const a = sessions.open();
    const b = sessions.open();
    expect(a.secret).not.toBe(b.secret);
    expect(a.secret).toMatch(/^[\w-]{43}$/);
    a.session.operatorId = 7;
    expect(sessions.get(a.secret)?.operatorId).toBe(7);
    expect(sessions.get(b.secret)?.operatorId).toBeNull();
    expect(sessions.get('default')).toBeNull();
    expect(sessions.get('')).toBeNull();
  });

  it('evicts the least recently used session, not the oldest, when full', () => {
    const sessions = new WebSessions({ maxSessions: 3 });
    const [first, second, third] = [sessions.open(), sessions.open(), sessions.open()];
    expect(sessions.get(first.secret)).not.toBeNull();
    const fourth = sessions.open();
    expect(sessions.size).toBe(3);
    expect(sessions.get(second.secret)).toBeNull();
    expect([first, third, fourth].map((entry) => sessions.get(entry.secret) !== null)).toEqual([true, true, true]);
  });

  it('holds 64 sessions by default', () => {
    const sessions = new WebSessions();
    const opened = Array.from({ length: MAX_SESSIONS + 1 }, () => sessions.open());
    expect(sessions.size).toBe(MAX_SESSIONS);
    expect(sessions.get(opened[0]?.secret ?? '')).toBeNull();
    expect(sessions.get(opened[1]?.secret ?? '')).not.toBeNull();
  });

  it('forgets a session idle for 12 hours; each use starts the idle time again', () => {
    const time = pinnedClock();
    const sessions = new WebSessions({ clock: time.clock });
    const used = sessions.open();
    const idle = sessions.open();
    time.advance(SESSION_IDLE_MS - 1000);
    expect(sessions.get(used.secret)).not.toBeNull();
    time.advance(1000);
    expect(sessions.get(idle.secret)).toBeNull();
    expect(sessions.get(used.secret)).not.toBeNull();
    time.advance(SESSION_IDLE_MS);
    expect(sessions.get(used.secret)).toBeNull();
    expect(SESSION_IDLE_MS).toBe(12 * 60 * 60 * 1000);
  });

  it('drops idle sessions when a new one opens, and closes one on request', () => {
    const time = pinnedClock();
    const sessions = new WebSessions({ clock: time.clock, idleMs: 60_000 });
    sessions.open();
    sessions.open();
    time.advance(60_000);
    const fresh = sessions.open();
    expect(sessions.size).toBe(1);
    sessions.close(fresh.secret);
    expect(sessions.get(fresh.secret)).toBeNull();
  });
});

describe('one-time opening codes', () => {
  it('are good once', () => {
    const codes = new LaunchCodes();
    const code = codes.issue();
    expect(code).toMatch(/^[\w-]{32}$/);
    expect(codes.redeem(code)).toBe(true);
    expect(codes.redeem(code)).toBe(false);
    expect(codes.redeem('not-issued-here')).toBe(false);
  });

  it('expire after two minutes', () => {
    const time = pinnedClock();
    const codes = new LaunchCodes(time.clock);
    const late = codes.issue();
    const inTime = codes.issue();
    time.advance(LAUNCH_CODE_TTL_MS - 1);
    expect(codes.redeem(inTime)).toBe(true);
    time.advance(1);
    expect(codes.redeem(late)).toBe(false);
    expect(LAUNCH_CODE_TTL_MS).toBe(120_000);
  });
});
