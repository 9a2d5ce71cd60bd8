import { DateInput, Select, TextInput } from '../../components/form-fields';
import type { DayOfWeek, Recurrence } from '../../gql/graphql';
import { DAY_NAMES } from '../search/format';

export interface SlotDraft {
  day: DayOfWeek;
  startTime: string;
  endTime: string;
  recurrence: Recurrence;
  firstDate: string;
  weekOfMonth: string;
}

export const newSlot = (): SlotDraft => ({ day: 'MONDAY', startTime: '', endTime: '', recurrence: 'WEEKLY', firstDate: '', weekOfMonth: '1' });

const DAYS = Object.entries(DAY_NAMES).map(([value, label]) => ({ value, label }));
const HOW_OFTEN = [
  { value: 'WEEKLY', label: 'Every week' },
  { value: 'FORTNIGHTLY', label: 'Every other week' },
  { value: 'MONTHLY', label: 'Once a month' },
];
const WHICH = [
  { value: '1', label: 'First' },
  { value: '2', label: 'Second' },
  { value: '3', label: 'Third' },
  { value: '4', label: 'Fourth' },
  { value: '-1', label: 'Last' },
];

/**
 * The sessions of an activity, one fieldset each: day, times and how often (every week, every other
 * week from a date, or one weekday of the month). Errors come keyed as the API names them
 * ("schedule.0.endTime").
 */
export function ScheduleEditor({ slots, onChange, errors }: { slots: SlotDraft[]; onChange: (slots: SlotDraft[]) => void; errors: Record<string, string> }) {
  const update = (index: number, change: Partial<SlotDraft>) => onChange(slots.map((slot, i) => (i === index ? { ...slot, ...change } : slot)));
  return (
    <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-5" aria-describedby="schedule-hint">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">When it runs</legend>
      <div className="nhsuk-hint" id="schedule-hint">
        Add each session. Leave this empty if people should ask the group when it meets.
      </div>
      {slots.map((slot, i) => {
        const at = `schedule.${i}`;
        return (
          <fieldset className="nhsuk-fieldset app-slot" key={i}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Session {i + 1}</legend>
            {errors[at] && (
              <span className="nhsuk-error-message" id={`${at}-error`}>
                <span className="nhsuk-u-visually-hidden">Error: </span>
                {errors[at]}
              </span>
            )}
            <Select
              id={`${at}.day`}
              label="Day"
              value={slot.day}
              options={DAYS}
              onChange={(day) => update(i, { day: day as DayOfWeek })}
              error={errors[`${at}.day`]}
            />
            <TextInput
              id={`${at}.startTime`}
              label="Starts at"
              hint="24-hour clock, for example 10:00 or 18:30"
              value={slot.startTime}
              onChange={(startTime) => update(i, { startTime })}
              width="5"
              inputMode="numeric"
              error={errors[`${at}.startTime`]}
            />
            <TextInput
              id={`${at}.endTime`}
              label="Ends at"
              value={slot.endTime}
              onChange={(endTime) => update(i, { endTime })}
              width="5"
              inputMode="numeric"
              error={errors[`${at}.endTime`]}
            />
            <Select
              id={`${at}.recurrence`}
              label="How often"
              value={slot.recurrence}
              options={HOW_OFTEN}
              onChange={(recurrence) => update(i, { recurrence: recurrence as Recurrence })}
              error={errors[`${at}.recurrence`]}
            />
            {slot.recurrence === 'FORTNIGHTLY' && (
              <DateInput
                id={`${at}.firstDate`}
                legend={`The date of one of these ${DAY_NAMES[slot.day]} sessions`}
                hint="So link workers know which weeks it runs. For example, 9 1 2026"
                value={slot.firstDate}
                onChange={(firstDate) => update(i, { firstDate })}
                error={errors[`${at}.firstDate`]}
              />
            )}
            {slot.recurrence === 'MONTHLY' && (
              <Select
                id={`${at}.weekOfMonth`}
                label={`Which ${DAY_NAMES[slot.day]} of the month`}
                value={slot.weekOfMonth}
                options={WHICH}
                onChange={(weekOfMonth) => update(i, { weekOfMonth })}
                error={errors[`${at}.weekOfMonth`]}
              />
            )}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              onClick={() => onChange(slots.filter((_, j) => j !== i))}
            >
              Remove session {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => onChange([...slots, newSlot()])}>
        {slots.length ? 'Add another session' : 'Add a session'}
      </button>
    </fieldset>
  );
}
