/** Schema pieces shared by several contract files. */
import { z } from 'zod';

export const id = z.number().int().positive();

/** Free text from a form or a scanner: trimmed, bounded. */
export const text = (max = 200) => z.string().trim().max(max);
export const requiredText = (max = 200) => z.string().trim().min(1).max(max);

/** No control character (a NUL from a badly configured scanner, an escape): search text is typed or scanned. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
/** What a search box sends: bounded text without control characters, refused with the field named. */
export const searchText = (max: number, min = 0) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !CONTROL_CHARACTER.test(value), { message: 'control_character' });
export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null);

/** A calendar date as the user means it, e.g. `2026-11-22`. */
export const isoDate = z.iso.date();
/** An instant, e.g. `2026-11-22T09:30:00Z`. */
export const isoDateTime = z.iso.datetime({ offset: true });

export const sha256Hex = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/);
