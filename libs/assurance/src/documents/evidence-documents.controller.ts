import { Body, Controller, Get, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { CurrentViewer, Role, Roles, Viewer } from '@app/access';
import { EvidenceDocumentsService, Upload } from './evidence-documents.service';
import { downloadName, evidenceFileType } from './file-type';

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

@Controller('evidence-documents')
export class EvidenceDocumentsController {
  constructor(private readonly documents: EvidenceDocumentsService) {}

  /** multipart/form-data: `organisationId` and `file` (PDF, PNG, JPEG or DOCX, at most 10 MiB). */
  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Post()
  // One file and one short text field: nothing else in the form is read, and nothing is unbounded.
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 2, fieldSize: 200, fieldNameSize: 50, parts: 4, headerPairs: 20 } }),
  )
  async upload(@UploadedFile() file: Upload | undefined, @Body('organisationId') organisationId: string | undefined, @CurrentViewer() viewer: Viewer) {
    const d = await this.documents.upload(viewer, organisationId, file);
    return {
      id: d.id,
      organisationId: d.organisationId,
      fileName: d.fileName,
      contentType: d.contentType,
      sizeBytes: d.sizeBytes,
      sha256: d.sha256,
      uploadedAt: d.uploadedAt,
    };
  }

  @Roles(Role.VCSE_LEADER, Role.ASSURER, Role.COMMISSIONER, Role.ADMIN)
  @Get(':id')
  async download(@Param('id') id: string, @CurrentViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    const { document, bytes } = await this.documents.download(viewer, id);
    response
      .status(200)
      .set({
        'content-type': document.contentType,
        'content-length': String(bytes.length),
        // PDFs and pictures open in the browser; anything else is downloaded, always under its real type's extension.
        'content-disposition': `${INLINE_TYPES.has(document.contentType) ? 'inline' : 'attachment'}; filename="${downloadName(document.fileName, evidenceFileType(document.contentType)).replace(/[^\w .()-]/g, '_')}"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        digest: `sha-256=${Buffer.from(document.sha256, 'hex').toString('base64')}`,
      })
      .send(bytes);
  }
}
