import { inflateSync } from 'node:zlib';

/**
 * What a file really is, from its first bytes — never from its name or the uploader's Content-Type.
 * DOCX is a ZIP whose entries include word/document.xml.
 */
export type EvidenceFileType = { contentType: string; extension: string };

const PDF = Buffer.from('%PDF-');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** The type a stored document was recognised as. */
export function evidenceFileType(contentType: string): EvidenceFileType {
  return { contentType, extension: EXTENSIONS[contentType] ?? 'bin' };
}

export function detectEvidenceFileType(bytes: Buffer): EvidenceFileType | undefined {
  const starts = (magic: Buffer) => bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);
  if (starts(PDF) && bytes.includes('%%EOF', Math.max(0, bytes.length - 1024))) return { contentType: 'application/pdf', extension: 'pdf' };
  if (starts(PNG)) return { contentType: 'image/png', extension: 'png' };
  if (starts(JPEG)) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (starts(ZIP) && bytes.includes('word/document.xml')) {
    return { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' };
  }
  return undefined;
}

/** PDF features that run code or open other things when the file is opened: an assurer must never meet them. */
const ACTIVE_PDF_NAMES = /\/(JavaScript|JS|Launch|RichMedia|XFA|EmbeddedFiles?|SubmitForm|ImportData)(?![A-Za-z])/;
const MAX_INFLATED_BYTES = 50 * 1024 * 1024;

/** "/J#61vaScript" is "/JavaScript": PDF names may escape any character as #xx. */
const unescapeNames = (text: string) => text.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * Whether a PDF holds JavaScript or another active feature, looking inside compressed object
 * streams too (where PDF 1.5+ files keep most of their dictionaries). Inflation is bounded, so a
 * compression bomb costs no more than 50 MiB.
 */
export function pdfHasActiveContent(bytes: Buffer): boolean {
  const text = bytes.toString('latin1');
  if (ACTIVE_PDF_NAMES.test(unescapeNames(text))) return true;
  let budget = MAX_INFLATED_BYTES;
  const streams = /stream\r?\n/g;
  for (let match = streams.exec(text); match && budget > 0; match = streams.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      const inflated = inflateSync(bytes.subarray(start, end), { maxOutputLength: budget });
      budget -= inflated.length;
      if (ACTIVE_PDF_NAMES.test(unescapeNames(inflated.toString('latin1')))) return true;
    } catch {
      // not a Flate stream (an image, say), or over the budget: nothing to read in it
    }
    streams.lastIndex = end;
  }
  return false;
}

/** The name a download is saved under: the uploader's name with the extension of what the file really is. */
export function downloadName(fileName: string, type: EvidenceFileType): string {
  const base =
    fileName
      .replace(/\.[A-Za-z0-9]{1,8}$/, '')
      .replace(/["\\\r\n]/g, '')
      .slice(0, 200) || 'evidence';
  return `${base}.${type.extension}`;
}
