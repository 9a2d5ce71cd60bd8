import { detectEvidenceFileType } from './file-type';

describe('evidence file type detection', () => {
  it('recognises PDF, PNG, JPEG and DOCX by content', () => {
    expect(detectEvidenceFileType(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n'))?.extension).toBe('pdf');
    expect(detectEvidenceFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))?.extension).toBe('png');
    expect(detectEvidenceFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))?.extension).toBe('jpg');
    expect(detectEvidenceFileType(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml....')]))?.extension).toBe('docx');
  });

  it('refuses a file that only claims to be a PDF, and other formats', () => {
    expect(detectEvidenceFileType(Buffer.from('this is plain text pretending to be a pdf'))).toBeUndefined();
    expect(detectEvidenceFileType(Buffer.from('%PDF-1.7 but truncated, no end marker'))).toBeUndefined();
    expect(detectEvidenceFileType(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('an ordinary zip')]))).toBeUndefined();
    expect(detectEvidenceFileType(Buffer.from('<html><script>'))).toBeUndefined();
  });
});
