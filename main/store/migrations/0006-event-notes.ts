import type { Migration } from './migration';

/**
 * The note a person types with an action (a device reported lost, a SIM card cut) may name someone, and the event
 * log is kept for ever. So the note is kept beside the log: its event carries `noteSha256`, the SHA-256 of this
 * row's random salt, a newline and the text, which proves the note unchanged while it exists; deleting the row (an
 * anonymisation does, for the notes written while a person had the device) leaves the chain intact and the hash
 * unguessable without the salt.
 */
export const EVENT_NOTES_SQL = `
  CREATE TABLE event_notes (
    event_id INTEGER PRIMARY KEY,
    salt TEXT NOT NULL CHECK (length(salt) = 32),
    text TEXT NOT NULL CHECK (length(text) > 0)
  ) STRICT;
  CREATE TRIGGER event_notes_no_update BEFORE UPDATE ON event_notes BEGIN
    SELECT RAISE(ABORT, 'an event note is never edited, only deleted');
  END;
`;

export const eventNotesMigration: Migration = {
  version: 6,
  name: 'event-notes',
  sql: EVENT_NOTES_SQL,
};
