// Formatting of distances and walking times for people, not machines.

export const WALKING_METRES_PER_MINUTE = 80;

/** "0 m", "350 m", "1.2 km" */
export function formatDistance(metres) {
  if (metres < 10) return `${Math.round(metres)} m`;
  if (metres < 1000) return `${Math.round(metres / 10) * 10} m`;
  return `${(metres / 1000).toFixed(1)} km`;
}

/** Whole minutes on foot at an easy walking pace, never less than one. */
export function walkingMinutes(metres) {
  return Math.max(1, Math.round(metres / WALKING_METRES_PER_MINUTE));
}

/** "4 min walk" */
export function formatWalk(metres) {
  return `${walkingMinutes(metres)} min walk`;
}

/** "1 place", "20 places" */
export function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
