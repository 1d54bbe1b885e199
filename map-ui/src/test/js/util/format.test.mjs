import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { moduleUrl } from '../support/paths.mjs';

const {
  DAYS, WALKING_DETOUR, WALKING_METRES_PER_MINUTE, dayName, featureName, formatCost, formatDistance, formatException,
  formatWalk, plural, walkingMinutes, weeklyHours,
} = await import(moduleUrl('util/format.js'));

describe('formatDistance', () => {
  const cases = [
    ['under 10 m: whole metres', [[0, '0 m'], [4.4, '4 m'], [9.4, '9 m']]],
    ['under a kilometre: to the nearest 10 m',
      [[10, '10 m'], [14, '10 m'], [15, '20 m'], [354, '350 m'], [356, '360 m'], [990, '990 m']]],
    ['a kilometre and more: kilometres to one decimal',
      [[1000, '1.0 km'], [1234, '1.2 km'], [1260, '1.3 km'], [12_345, '12.3 km']]],
  ];
  for (const [name, pairs] of cases) {
    test(name, () => {
      for (const [metres, text] of pairs) assert.equal(formatDistance(metres), text, `${metres} m`);
    });
  }
});

describe('walking', () => {
  test('an easy pace along streets: 80 m a minute over 1.3 times the straight line', () => {
    assert.equal(WALKING_METRES_PER_MINUTE, 80);
    assert.equal(WALKING_DETOUR, 1.3);
    assert.equal(walkingMinutes(1000), 16); // 1,300 m of street
    assert.equal(walkingMinutes(1500), 24); // 1,950 m: 24.4 minutes
    assert.equal(walkingMinutes(400), 7); // 520 m: 6.5 minutes, rounded up
  });

  test('never less than one minute', () => {
    assert.equal(walkingMinutes(0), 1);
    assert.equal(walkingMinutes(20), 1);
  });

  test('reads as "N min walk"', () => {
    assert.equal(formatWalk(1000), '16 min walk');
    assert.equal(formatWalk(0), '1 min walk');
  });
});

describe('plural', () => {
  test('one is singular; none and many are plural', () => {
    assert.equal(plural(1, 'place'), '1 place');
    assert.equal(plural(0, 'place'), '0 places');
    assert.equal(plural(20, 'place'), '20 places');
  });

  test('takes an irregular plural', () => {
    assert.equal(plural(1, 'community', 'communities'), '1 community');
    assert.equal(plural(3, 'community', 'communities'), '3 communities');
  });
});

describe('opening hours', () => {
  test('the days, Monday first, in words', () => {
    assert.deepEqual(DAYS, ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']);
    assert.equal(dayName('SUNDAY'), 'Sunday');
    assert.equal(dayName('HOLIDAY'), 'HOLIDAY', 'an unknown day as it came');
  });

  test('no hours: closed every day', () => {
    const week = weeklyHours(null);
    assert.equal(week.length, 7);
    assert.deepEqual(week[0], { day: 'Monday', hours: 'Closed' });
    assert.ok(week.every((row) => row.hours === 'Closed'));
    assert.deepEqual(weeklyHours([]), week);
  });

  test('spans sorted by opening time, joined; a span past midnight says so', () => {
    const week = weeklyHours([
      { day: 'TUESDAY', opens: '18:00', closes: '20:00' },
      { day: 'TUESDAY', opens: '09:00', closes: '12:30' },
      { day: 'FRIDAY', opens: '22:00', closes: '02:00', closesNextDay: true },
    ]);
    assert.deepEqual(week, [
      { day: 'Monday', hours: 'Closed' },
      { day: 'Tuesday', hours: '09:00–12:30, 18:00–20:00' },
      { day: 'Wednesday', hours: 'Closed' },
      { day: 'Thursday', hours: 'Closed' },
      { day: 'Friday', hours: '22:00–02:00 (next day)' },
      { day: 'Saturday', hours: 'Closed' },
      { day: 'Sunday', hours: 'Closed' },
    ]);
  });

  test('an exception: its date in words, then closed or its hours', () => {
    assert.equal(formatException({ date: '2026-12-25', closed: true }), '25 December 2026: closed');
    assert.equal(formatException({ date: '2026-12-24', closed: false, opens: '10:00', closes: '14:00' }),
      '24 December 2026: 10:00–14:00');
  });

  test("an exception's date does not move with the machine's time zone", () => {
    assert.equal(formatException({ date: '2027-01-01', closed: true }), '1 January 2027: closed');
    assert.equal(formatException({ date: '2026-03-29', closed: true }), '29 March 2026: closed');
  });

  test('an exception with missing hours or a date that cannot be read', () => {
    assert.equal(formatException({ date: '2026-05-04', closed: false, opens: '09:00' }), '4 May 2026: 09:00–?');
    assert.equal(formatException({ date: 'Easter Monday', closed: true }), 'Easter Monday: closed');
  });
});

describe('features and cost', () => {
  test('known features in words; others from their code', () => {
    assert.equal(featureName('STEP_FREE_ACCESS'), 'Step-free access');
    assert.equal(featureName('ASSISTANCE_DOGS_WELCOME'), 'Assistance dogs welcome');
    assert.equal(featureName('LARGE_PRINT_MENUS'), 'large print menus');
  });

  test('free, charged or not recorded', () => {
    assert.equal(formatCost(true), 'Free');
    assert.equal(formatCost(false), 'Charges apply');
    assert.equal(formatCost(null), null);
    assert.equal(formatCost(undefined), null);
  });
});
