import { deflateSync } from 'node:zlib';
import { detectEvidenceFileType, downloadName, pdfHasActiveContent } from './file-type';

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

describe('active content in PDFs', () => {
  const pdf = (body: string) => Buffer.from(`%PDF-1.7\n${body}\ntrailer\n%%EOF\n`, 'latin1');

  it('finds JavaScript in a plain dictionary, behind name escapes and inside a compressed stream', () => {
    expect(pdfHasActiveContent(pdf('1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj'))).toBe(true);
    expect(pdfHasActiveContent(pdf('1 0 obj << /OpenAction << /S /J#61vaScript >> >> endobj'))).toBe(true);
    const hidden = deflateSync(Buffer.from('<< /Type /Action /S /Launch /F (cmd.exe) >>'));
    expect(
      pdfHasActiveContent(
        Buffer.concat([
          Buffer.from('%PDF-1.7\n2 0 obj << /Type /ObjStm /Filter /FlateDecode >>\nstream\n'),
          hidden,
          Buffer.from('\nendstream\nendobj\ntrailer\n%%EOF\n'),
        ]),
      ),
    ).toBe(true);
  });

  it('passes an ordinary document, including one that opens at a page', () => {
    expect(pdfHasActiveContent(pdf('1 0 obj << /Type /Catalog /OpenAction [3 0 R /FitH null] >> endobj'))).toBe(false);
    const page = deflateSync(Buffer.from('BT /F1 12 Tf 72 712 Td (Public liability insurance) Tj ET'));
    expect(
      pdfHasActiveContent(
        Buffer.concat([Buffer.from('%PDF-1.7\n4 0 obj << /Filter /FlateDecode >>\nstream\n'), page, Buffer.from('\nendstream\nendobj\ntrailer\n%%EOF\n')]),
      ),
    ).toBe(false);
  });
});

describe('download names', () => {
  it('keep the uploader’s name but take the extension of what the file really is', () => {
    expect(downloadName('insurance.html', { contentType: 'application/pdf', extension: 'pdf' })).toBe('insurance.pdf');
    expect(downloadName('policy', { contentType: 'image/png', extension: 'png' })).toBe('policy.png');
    expect(downloadName('a"b.exe', { contentType: 'application/pdf', extension: 'pdf' })).toBe('ab.pdf');
  });
});
