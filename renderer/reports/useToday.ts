import { useContext } from 'react';
import { calendarDayIn } from '../../shared/format/dates';
import { TimeZoneContext } from '../components/format';

/** Today as a calendar day in the organisation's time zone, the day main counts « today » in. */
export function useToday(): string {
  return calendarDayIn(new Date(), useContext(TimeZoneContext));
}
