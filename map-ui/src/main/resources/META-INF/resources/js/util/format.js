// Formatting of distances, walking times, opening hours and features for people, not machines.

export const WALKING_METRES_PER_MINUTE = 80;
/** Streets are not straight lines: the same detour factor as the service's `nearest` walking time. */
export const WALKING_DETOUR = 1.3;

/** "0 m", "350 m", "1.2 km" */
export function formatDistance(metres) {
  if (metres < 10) return `${Math.round(metres)} m`;
  if (metres < 1000) return `${Math.round(metres / 10) * 10} m`;
  return `${(metres / 1000).toFixed(1)} km`;
}

/** Whole minutes on foot at an easy pace along streets (straight line x 1.3), never less than one. */
export function walkingMinutes(metres) {
  return Math.max(1, Math.round((metres * WALKING_DETOUR) / WALKING_METRES_PER_MINUTE));
}

/** "4 min walk" */
export function formatWalk(metres) {
  return `${walkingMinutes(metres)} min walk`;
}

/** "1 place", "20 places" */
export function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const DAY_NAMES = {
  MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday',
  FRIDAY: 'Friday', SATURDAY: 'Saturday', SUNDAY: 'Sunday',
};

/** "MONDAY" -> "Monday" */
export const dayName = (day) => DAY_NAMES[day] ?? day;

/**
 * The regular week as rows [{ day: 'Monday', hours: '09:00–17:00, 18:00–20:00' | 'Closed' }], Monday first.
 * A span closing the next day reads "22:00–02:00 (next day)".
 */
export function weeklyHours(regular) {
  return DAYS.map((day) => {
    const spans = (regular ?? []).filter((span) => span.day === day)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((span) => `${span.opens}–${span.closes}${span.closesNextDay ? ' (next day)' : ''}`);
    return { day: dayName(day), hours: spans.length ? spans.join(', ') : 'Closed' };
  });
}

/** "25 December 2026: closed", "24 December 2026: 10:00–14:00" */
export function formatException(exception) {
  const date = new Date(`${exception.date}T12:00:00Z`);
  const when = Number.isNaN(date.getTime())
    ? exception.date
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (exception.closed) return `${when}: closed`;
  return `${when}: ${exception.opens ?? '?'}–${exception.closes ?? '?'}`;
}

const FEATURE_NAMES = {
  STEP_FREE_ACCESS: 'Step-free access',
  ACCESSIBLE_TOILET: 'Accessible toilet',
  BABY_CHANGING: 'Baby changing',
  HEARING_LOOP: 'Hearing loop',
  QUIET_SPACE: 'Quiet space',
  ASSISTANCE_DOGS_WELCOME: 'Assistance dogs welcome',
};

/** "STEP_FREE_ACCESS" -> "Step-free access" */
export const featureName = (feature) => FEATURE_NAMES[feature] ?? String(feature).toLowerCase().replaceAll('_', ' ');

/** Free: true -> "Free", false -> "Charges apply", null -> null (not recorded). */
export function formatCost(free) {
  if (free === true) return 'Free';
  if (free === false) return 'Charges apply';
  return null;
}
