import type { Db } from '../open';
import type { Column } from '../tables';

export class SettingsRepository {
  private readonly selectOne;
  private readonly upsert;
  private readonly selectSequence;
  private readonly upsertSequence;

  constructor(db: Db) {
    this.selectOne = db
      .prepare<[key: string], Column<'settings', 'value'>>('SELECT value FROM settings WHERE key = ?')
      .pluck();
    this.upsert = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.selectSequence = db
      .prepare<[name: string], Column<'sequences', 'next'>>('SELECT next FROM sequences WHERE name = ?')
      .pluck();
    this.upsertSequence = db.prepare(
      'INSERT INTO sequences (name, next) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET next = excluded.next',
    );
  }

  get(key: string): string | null {
    return this.selectOne.get(key) ?? null;
  }

  set(key: string, value: string): void {
    this.upsert.run(key, value);
  }

  /** The number `take` would give next, without taking it. */
  peek(name: string): number {
    return this.selectSequence.get(name) ?? 1;
  }

  /** Takes `count` consecutive numbers of a named sequence and returns the first. Call inside a transaction. */
  take(name: string, count = 1): number {
    const first = this.selectSequence.get(name) ?? 1;
    this.upsertSequence.run(name, first + count);
    return first;
  }
}
