import { ReactNode } from 'react';

const cx = (...classes: (string | false | undefined | null)[]) => classes.filter(Boolean).join(' ');

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Shows the label as a page heading (one-question pages). */
  labelClass?: string;
}

function described(id: string, hint?: ReactNode, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {error}
        </span>
      )}
    </>
  );
}

/** A form group with a label, hint and error above its one control. */
function LabelledGroup({ id, label, hint, error, labelClass, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={cx('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <label className={cx('nhsuk-label', labelClass)} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** What every single-value control shares: its id and name, value, change handler and description. */
function controlProps(props: FieldProps & { value: string; onChange: (value: string) => void }) {
  return {
    id: props.id,
    name: props.id,
    value: props.value,
    onChange: (e: { target: { value: string } }) => props.onChange(e.target.value),
    'aria-describedby': described(props.id, props.hint, props.error),
  };
}

export function TextInput(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'email' | 'password' | 'number' | 'search' | 'tel';
    width?: 'two-thirds' | 'one-half' | 'one-third' | '10' | '5' | '4' | '3' | '2' | '20' | '30';
    autoComplete?: string;
    inputMode?: 'numeric' | 'text' | 'email';
    spellCheck?: boolean;
    maxLength?: number;
  },
) {
  const { error, width } = props;
  const widthClass = width && (/^\d+$/.test(width) ? `nhsuk-input--width-${width}` : `nhsuk-u-width-${width}`);
  return (
    <LabelledGroup {...props}>
      <input
        {...controlProps(props)}
        className={cx('nhsuk-input', error && 'nhsuk-input--error', widthClass)}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        spellCheck={props.spellCheck}
        maxLength={props.maxLength}
      />
    </LabelledGroup>
  );
}

export function Textarea(props: FieldProps & { value: string; onChange: (value: string) => void; rows?: number; maxLength?: number }) {
  return (
    <LabelledGroup {...props}>
      <textarea
        {...controlProps(props)}
        className={cx('nhsuk-textarea', props.error && 'nhsuk-textarea--error')}
        rows={props.rows ?? 5}
        maxLength={props.maxLength}
      />
    </LabelledGroup>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select(props: FieldProps & { value: string; onChange: (value: string) => void; options: Option[] }) {
  return (
    <LabelledGroup {...props}>
      <select {...controlProps(props)} className={cx('nhsuk-select', props.error && 'nhsuk-select--error')}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledGroup>
  );
}

export interface ChoiceItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

interface ChoicesProps {
  id: string;
  legend: ReactNode;
  legendClass?: string;
  hint?: ReactNode;
  error?: string;
  items: ChoiceItem[];
  small?: boolean;
  inline?: boolean;
}

function Fieldset({ id, legend, legendClass, hint, error, children }: Omit<ChoicesProps, 'items'> & { children: ReactNode }) {
  return (
    <div className={cx('nhsuk-form-group', error && 'nhsuk-form-group--error')} id={id}>
      <fieldset className="nhsuk-fieldset" aria-describedby={described(id, hint, error)}>
        <legend className={cx('nhsuk-fieldset__legend', legendClass ?? 'nhsuk-fieldset__legend--s')}>{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

/** Several choices, any number of them. */
export function Checkboxes(props: ChoicesProps & { selected: readonly string[]; onChange: (selected: string[]) => void }) {
  const toggle = (value: string, on: boolean) => props.onChange(on ? [...props.selected, value] : props.selected.filter((v) => v !== value));
  return (
    <Fieldset {...props}>
      <div className={cx('nhsuk-checkboxes', props.small && 'nhsuk-checkboxes--small', props.inline && 'nhsuk-checkboxes--inline')}>
        {props.items.map((item, i) => (
          <div className="nhsuk-checkboxes__item" key={item.value}>
            <input
              className="nhsuk-checkboxes__input"
              id={`${props.id}-${i}`}
              name={props.id}
              type="checkbox"
              value={item.value}
              checked={props.selected.includes(item.value)}
              onChange={(e) => toggle(item.value, e.target.checked)}
              aria-describedby={item.hint ? `${props.id}-${i}-hint` : undefined}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${props.id}-${i}`}>
              {item.label}
            </label>
            {item.hint && (
              <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${props.id}-${i}-hint`}>
                {item.hint}
              </div>
            )}
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

/** One choice of several. */
export function Radios(props: ChoicesProps & { selected: string; onChange: (value: string) => void }) {
  return (
    <Fieldset {...props}>
      <div className={cx('nhsuk-radios', props.small && 'nhsuk-radios--small', props.inline && 'nhsuk-radios--inline')}>
        {props.items.map((item, i) => (
          <div className="nhsuk-radios__item" key={item.value}>
            <input
              className="nhsuk-radios__input"
              id={`${props.id}-${i}`}
              name={props.id}
              type="radio"
              value={item.value}
              checked={props.selected === item.value}
              onChange={() => props.onChange(item.value)}
              aria-describedby={item.hint ? `${props.id}-${i}-hint` : undefined}
            />
            <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${props.id}-${i}`}>
              {item.label}
            </label>
            {item.hint && (
              <div className="nhsuk-hint nhsuk-radios__hint" id={`${props.id}-${i}-hint`}>
                {item.hint}
              </div>
            )}
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

/** A single yes/no box, such as "I understand" or "Free only". */
export function Checkbox({ id, label, hint, error, checked, onChange }: FieldProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className={cx('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      {error && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {error}
        </span>
      )}
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={checked}
            onChange={(e) => onChange(e.target.checked)}
            aria-describedby={described(id, hint, error)}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint && (
            <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${id}-hint`}>
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

export function Button({
  children,
  variant,
  disabled,
  onClick,
  type = 'submit',
}: {
  children: ReactNode;
  variant?: 'secondary' | 'warning' | 'reverse';
  disabled?: boolean;
  onClick?: () => void;
  type?: 'submit' | 'button';
}) {
  return (
    <button
      className={cx('nhsuk-button', variant && `nhsuk-button--${variant}`)}
      type={type}
      disabled={disabled}
      aria-disabled={disabled || undefined}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** Splits "YYYY-MM-DD" into its parts (empty strings when not set). */
const dateParts = (value: string) => {
  const [year = '', month = '', day = ''] = value ? value.split('-') : [];
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
};

/** A DateInput value that is a whole, real calendar date ("2026-02-30" and partial entries are not). */
export function isRealDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/**
 * The NHS date input: day, month and year boxes. `value` is "YYYY-MM-DD" when all three are filled
 * (not checked as a real date: the API answers that), or "partial:d/m/y" while it is being typed.
 */
export function DateInput({ id, legend, hint, error, value, onChange }: Omit<ChoicesProps, 'items'> & { value: string; onChange: (value: string) => void }) {
  const parts = value.startsWith('partial:')
    ? Object.fromEntries(['day', 'month', 'year'].map((k, i) => [k, value.slice(8).split('/')[i] ?? '']))
    : dateParts(value);
  const set = (part: 'day' | 'month' | 'year', text: string) => {
    const next = { ...parts, [part]: text.replace(/\D/g, '') };
    const complete = next.day && next.month && next.year.length === 4;
    onChange(
      complete
        ? `${next.year}-${next.month.padStart(2, '0')}-${next.day.padStart(2, '0')}`
        : next.day || next.month || next.year
          ? `partial:${next.day}/${next.month}/${next.year}`
          : '',
    );
  };
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      <div className="nhsuk-date-input">
        {(['day', 'month', 'year'] as const).map((part) => (
          <div className="nhsuk-date-input__item" key={part}>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part}`}>
                {part[0].toUpperCase() + part.slice(1)}
              </label>
              <input
                className={cx('nhsuk-input nhsuk-date-input__input', `nhsuk-input--width-${part === 'year' ? 4 : 2}`, error && 'nhsuk-input--error')}
                id={`${id}-${part}`}
                name={`${id}-${part}`}
                type="text"
                inputMode="numeric"
                maxLength={part === 'year' ? 4 : 2}
                value={parts[part]}
                onChange={(e) => set(part, e.target.value)}
              />
            </div>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}
