import { localeOf, type PluralCategory } from '../../shared/format';
import type { Lang } from '../../shared/i18n';
/** The organisation's time zone, given by the session (the machine's until the session is known). */
export declare const TimeZoneContext: import("react").Context<string>;
/** Numbers, dates and phone numbers written the way the operator's language writes them, in the organisation's zone. */
export interface Format {
    locale: string;
    timeZone: string;
    number: (value: number) => string;
    /** A calendar date such as `2026-03-14` (or an instant's day in the organisation's zone), as `14/03/2026`. */
    day: (isoDay: string) => string;
    /** An instant, as `14/03/2026 08:10` in the organisation's zone: the time its documents print. */
    dateTime: (iso: string) => string;
    /** The same one date format as `day`, kept for narrow table columns. */
    shortDay: (isoDay: string) => string;
    /** How long ago an instant was: « il y a 5 minutes », "3 hours ago". */
    ago: (iso: string, now?: number) => string;
    /** The plural category the language uses for a count (French: 0 and 1 are singular). */
    plural: (count: number) => PluralCategory;
    euros: (cents: number) => string;
    /** A stored E.164 number in national form: `06 12 34 56 78`. */
    phone: (e164: string | null | undefined) => string;
}
export { localeOf };
export declare function createFormat(lang: Lang, timeZone: string): Format;
export declare function useFormat(): Format;
