import { TextInput } from '../../components/form-fields';

/** The link worker's own reference for a person: the same field, checks and autofill rules wherever it is asked for. */
export function PersonReferenceField({
  optional = false,
  hint,
  value,
  onChange,
  error,
}: {
  optional?: boolean;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <TextInput
      id="personReference"
      label={`Your reference for the person${optional ? ' (optional)' : ''}`}
      hint={hint}
      value={value}
      onChange={onChange}
      width="20"
      spellCheck={false}
      autoComplete="off"
      error={error}
    />
  );
}
