import { ApiError, FieldProblem } from './api-error';

export const EVIDENCE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** Checked before sending, to save a wasted upload; the server checks the content again. */
export function evidenceFileProblem(file: File): string | undefined {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!EVIDENCE_TYPES[extension]) return 'The file must be a PDF, PNG, JPEG or Word (.docx) document';
  if (file.size > EVIDENCE_MAX_BYTES) return `The file must be smaller than 10 MB (this one is ${(file.size / 1024 / 1024).toFixed(1)} MB)`;
  if (file.size === 0) return 'The file is empty';
  return undefined;
}

/** Sends one evidence document for an organisation; resolves with its id, or rejects with an ApiError. */
export async function uploadEvidence(organisationId: string, file: File): Promise<{ id: string; fileName: string }> {
  const form = new FormData();
  form.append('organisationId', organisationId);
  form.append('file', file);
  let response: Response;
  try {
    response = await fetch('/evidence-documents', { method: 'POST', body: form, credentials: 'same-origin' });
  } catch {
    throw new ApiError('We could not reach the service. Check your connection and try again.', 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as { id?: string; fileName?: string; message?: string; code?: string; problems?: FieldProblem[] };
  if (!response.ok || !body.id) {
    const message =
      response.status === 413 ? 'The file must be smaller than 10 MB' : (body.problems?.[0]?.message ?? body.message ?? 'The file could not be uploaded');
    throw new ApiError(message, body.code ?? 'BAD_USER_INPUT', body.problems ?? []);
  }
  return { id: body.id, fileName: body.fileName ?? file.name };
}
