import { addDays, addMonths, addWorkingDays, isoDay } from './calendar';

describe('the calendar', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-15', 12, '2027-05-15'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-11-25', -6, '2026-05-25'],
  ])('%s + %i months is %s (the last day of a shorter month, never the next month)', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  it('adds days across month and year ends, and names a moment by its UTC day', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isoDay(new Date('2026-06-30T23:30:00Z'))).toBe('2026-06-30');
  });
});

describe('working days', () => {
  it.each([
    ['2026-11-20T10:00:00Z', 5, '2026-11-27T10:00:00.000Z'], // Friday → next Friday
    ['2026-11-23T09:00:00Z', 5, '2026-11-30T09:00:00.000Z'], // Monday → next Monday
    ['2026-11-21T12:00:00Z', 1, '2026-11-23T12:00:00.000Z'], // Saturday → Monday
    ['2026-11-25T08:00:00Z', 10, '2026-12-09T08:00:00.000Z'], // Wednesday → two weeks on
  ])('%s + %i working days is %s', (at, days, expected) => {
    expect(addWorkingDays(new Date(at), days).toISOString()).toBe(expected);
  });
});
