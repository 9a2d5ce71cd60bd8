/**
 * What a file really is, from its first bytes — never from its name or the uploader's Content-Type.
 * DOCX is a ZIP whose entries include word/document.xml.
 */
export type EvidenceFileType = { contentType: string; extension: string };

const PDF = Buffer.from('%PDF-');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

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
