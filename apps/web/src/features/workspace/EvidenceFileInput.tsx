import { DragEvent, useState } from 'react';
import { EVIDENCE_TYPES, evidenceFileProblem } from '../../api/upload';

/**
 * Choose a file, or drop one on the box. The type and size are checked at once, so a wrong file is
 * refused before it is sent (the server checks its content again).
 */
export function EvidenceFileInput({
  id,
  label,
  error,
  onChoose,
}: {
  id: string;
  label: string;
  error?: string;
  onChoose: (file: File | undefined, problem?: string) => void;
}) {
  const [over, setOver] = useState(false);
  const [chosen, setChosen] = useState<string>();
  const choose = (file: File | undefined) => {
    setChosen(file?.name);
    onChoose(file, file ? evidenceFileProblem(file) : undefined);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    choose(event.dataTransfer.files[0]);
  };
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <div
        className={`app-dropzone${over ? ' app-dropzone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <label className="nhsuk-label" htmlFor={id}>
          {label}
        </label>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          PDF, PNG, JPEG or Word (.docx), up to 10 MB. Choose a file, or drag it here.
        </div>
        {error && (
          <span className="nhsuk-error-message" id={`${id}-error`}>
            <span className="nhsuk-u-visually-hidden">Error: </span>
            {error}
          </span>
        )}
        <input
          className="nhsuk-file-upload"
          id={id}
          name={id}
          type="file"
          accept={Object.keys(EVIDENCE_TYPES)
            .map((extension) => `.${extension}`)
            .join(',')}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(event) => choose(event.target.files?.[0])}
        />
        {chosen && !error && <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">Chosen: {chosen}</p>}
      </div>
    </div>
  );
}
