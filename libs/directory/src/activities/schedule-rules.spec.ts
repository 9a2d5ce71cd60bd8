import { DayOfWeek, Recurrence } from './activity-enums';
import { averageSessionsPerMonth, scheduleProblems, sessionDays, sessionsInMonth, weekdayOf } from './schedule-rules';

const at = (day: DayOfWeek, extra: object = {}) => ({ day, startTime: '10:00', endTime: '11:00', ...extra });

describe('schedule recurrences', () => {
  it('knows the day of the week of a date', () => {
    expect(weekdayOf('2026-03-02')).toBe(DayOfWeek.MONDAY);
    expect(weekdayOf('2026-11-25')).toBe(DayOfWeek.WEDNESDAY);
  });

  it('counts weekly sessions in a month (March 2026 has five Mondays)', () => {
    expect(sessionDays(at(DayOfWeek.MONDAY), '2026-03')).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30']);
  });

  it('counts fortnightly sessions from the date of one of them, before or after the month', () => {
    const slot = at(DayOfWeek.FRIDAY, { recurrence: Recurrence.FORTNIGHTLY, firstDate: '2026-01-09' });
    expect(sessionDays(slot, '2026-03')).toEqual(['2026-03-06', '2026-03-20']);
    expect(sessionDays({ ...slot, firstDate: '2026-12-25' }, '2026-03')).toEqual(['2026-03-06', '2026-03-20']);
  });

  it('finds the first, fourth and last weekday of a month', () => {
    expect(sessionDays(at(DayOfWeek.TUESDAY, { recurrence: Recurrence.MONTHLY, weekOfMonth: 1 }), '2026-03')).toEqual(['2026-03-03']);
    expect(sessionDays(at(DayOfWeek.TUESDAY, { recurrence: Recurrence.MONTHLY, weekOfMonth: 4 }), '2026-03')).toEqual(['2026-03-24']);
    expect(sessionDays(at(DayOfWeek.TUESDAY, { recurrence: Recurrence.MONTHLY, weekOfMonth: -1 }), '2026-03')).toEqual(['2026-03-31']);
  });

  it('adds slots up, in a given month and on average', () => {
    const slots = [at(DayOfWeek.MONDAY), at(DayOfWeek.TUESDAY, { recurrence: Recurrence.MONTHLY, weekOfMonth: 1 })];
    expect(sessionsInMonth(slots, '2026-03')).toBe(6);
    expect(averageSessionsPerMonth(slots)).toBeCloseTo(52 / 12 + 1);
    expect(averageSessionsPerMonth([at(DayOfWeek.FRIDAY, { recurrence: Recurrence.FORTNIGHTLY, firstDate: '2026-01-09' })])).toBeCloseTo(26 / 12);
  });

  it('needs the date of one fortnightly session, on its day, and which week of the month for a monthly one', () => {
    expect(
      scheduleProblems([
        at(DayOfWeek.FRIDAY, { recurrence: Recurrence.FORTNIGHTLY }),
        at(DayOfWeek.FRIDAY, { recurrence: Recurrence.FORTNIGHTLY, firstDate: '2026-01-08', startTime: '12:00', endTime: '13:00' }),
        at(DayOfWeek.MONDAY, { recurrence: Recurrence.MONTHLY, weekOfMonth: 5 }),
      ]).map((p) => p.field),
    ).toEqual(['schedule.0.firstDate', 'schedule.1.firstDate', 'schedule.2.weekOfMonth']);
  });

  it('allows the first and the third Tuesday at the same time, but not the same slot twice', () => {
    const first = at(DayOfWeek.TUESDAY, { recurrence: Recurrence.MONTHLY, weekOfMonth: 1 });
    expect(scheduleProblems([first, { ...first, weekOfMonth: 3 }])).toEqual([]);
    expect(scheduleProblems([first, first])).toEqual([{ field: 'schedule.1', message: 'repeats the TUESDAY 10:00 slot' }]);
  });
});
