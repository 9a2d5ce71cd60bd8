import { CapacityState, DayOfWeek, TimeOfDay } from './activity-enums';
import { capacityState, timeOfDay } from './activity-rules';
import { scheduleProblems, sortSchedule } from './schedule-rules';

describe('capacity state', () => {
  it.each([
    [{ spacesAvailable: 5 }, CapacityState.SPACES_AVAILABLE],
    [{ spacesAvailable: 1, waitingList: 3 }, CapacityState.SPACES_AVAILABLE],
    [{ spacesAvailable: null }, CapacityState.SPACES_AVAILABLE],
    [{}, CapacityState.SPACES_AVAILABLE],
    [{ spacesAvailable: 0, waitingList: 4 }, CapacityState.WAITING_LIST],
    [{ spacesAvailable: 0, waitingList: 0 }, CapacityState.WAITING_LIST],
    [{ spacesAvailable: 0, waitingList: null }, CapacityState.FULL],
    [{ spacesAvailable: 0 }, CapacityState.FULL],
  ])('%p is %s', (figures, state) => {
    expect(capacityState(figures)).toBe(state);
  });
});

describe('schedule', () => {
  const slot = (day: DayOfWeek, startTime: string, endTime: string) => ({ day, startTime, endTime });

  it('accepts slots that end after they start', () => {
    expect(scheduleProblems([slot(DayOfWeek.MONDAY, '10:00', '11:30'), slot(DayOfWeek.FRIDAY, '18:00', '20:00')])).toEqual([]);
  });

  it('names the slot whose end is not after its start', () => {
    expect(scheduleProblems([slot(DayOfWeek.MONDAY, '10:00', '11:00'), slot(DayOfWeek.TUESDAY, '14:00', '14:00')])).toEqual([
      { field: 'schedule.1.endTime', message: 'must be after startTime' },
    ]);
  });

  it('refuses the same slot twice', () => {
    const problems = scheduleProblems([slot(DayOfWeek.MONDAY, '10:00', '11:00'), slot(DayOfWeek.MONDAY, '10:00', '12:00')]);
    expect(problems).toEqual([{ field: 'schedule.1', message: 'repeats the MONDAY 10:00 slot' }]);
  });

  it('classifies times of day by start', () => {
    expect(timeOfDay('09:30')).toBe(TimeOfDay.MORNING);
    expect(timeOfDay('11:59')).toBe(TimeOfDay.MORNING);
    expect(timeOfDay('12:00')).toBe(TimeOfDay.AFTERNOON);
    expect(timeOfDay('16:59')).toBe(TimeOfDay.AFTERNOON);
    expect(timeOfDay('17:00')).toBe(TimeOfDay.EVENING);
  });

  it('sorts slots in week order', () => {
    const sorted = sortSchedule([slot(DayOfWeek.SUNDAY, '10:00', '11:00'), slot(DayOfWeek.MONDAY, '14:00', '15:00'), slot(DayOfWeek.MONDAY, '09:00', '10:00')]);
    expect(sorted.map((s) => `${s.day} ${s.startTime}`)).toEqual(['MONDAY 09:00', 'MONDAY 14:00', 'SUNDAY 10:00']);
  });
});
