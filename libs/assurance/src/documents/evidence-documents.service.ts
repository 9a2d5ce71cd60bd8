import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Viewer, OrganisationAccess } from '@app/access';
import { BadUserInputError, isUuid, NotFoundError } from '@app/common';
import { Transactions } from '@app/database';
import { OrganisationsRepository } from '@app/directory';
import { AssessmentsService } from '../assessments/assessments.service';
import { AuditTrail } from '../audit/audit-trail';
import { EvidenceDocumentEntity } from './evidence-document.entity';
import { EvidenceDocumentsRepository } from './evidence-documents.repository';
import { EVIDENCE_STORAGE, EvidenceStorage } from './evidence-storage';
import { detectEvidenceFileType, downloadName, pdfHasActiveContent } from './file-type';

export interface Upload {
  originalname: string;
  buffer: Buffer;
  size: number;
}

@Injectable()
export class EvidenceDocumentsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly documents: EvidenceDocumentsRepository,
    private readonly organisations: OrganisationsRepository,
    @Inject(EVIDENCE_STORAGE) private readonly storage: EvidenceStorage,
    private readonly access: OrganisationAccess,
    private readonly assessments: AssessmentsService,
    private readonly audit: AuditTrail,
  ) {}

  /** Stores the file first, then its row: a failed write leaves at most an unreferenced file, never a row without bytes. */
  async upload(viewer: Viewer, organisationId: string | undefined, file: Upload | undefined): Promise<EvidenceDocumentEntity> {
    if (!isUuid(organisationId)) throw BadUserInputError.field('organisationId', 'must be a valid id');
    if (!file?.buffer?.length) throw BadUserInputError.field('file', 'is required (multipart field "file")');
    if (!(await this.organisations.exists(organisationId))) throw new NotFoundError('Organisation', organisationId);
    await this.access.assertCanManage(viewer, organisationId);
    const type = detectEvidenceFileType(file.buffer);
    if (!type) throw BadUserInputError.field('file', 'must be a PDF, PNG, JPEG or DOCX file (checked by its content)');
    if (type.extension === 'pdf' && pdfHasActiveContent(file.buffer)) {
      throw BadUserInputError.field(
        'file',
        'contains JavaScript or other active content, which assurers must not open. Print it to a new PDF ("Save as PDF") and upload that',
      );
    }
    const id = randomUUID();
    const storageKey = `${id}.${type.extension}`;
    await this.storage.put(storageKey, file.buffer);
    return this.transactions.withTransaction(async () => {
      const document = await this.documents.insert({
        id,
        organisationId,
        fileName: downloadName(file.originalname.replace(/[^\w .()-]/g, '_'), type),
        contentType: type.contentType,
        sizeBytes: file.size,
        sha256: createHash('sha256').update(file.buffer).digest('hex'),
        storageKey,
        uploadedBy: viewer!.userId,
      });
      await this.audit.append({
        actorId: viewer!.userId,
        action: 'DOCUMENT_UPLOADED',
        entityType: 'EvidenceDocument',
        entityId: id,
        organisationId,
        details: { sha256: document.sha256, contentType: type.contentType, sizeBytes: file.size },
      });
      return document;
    });
  }

  /** Only the organisation's members, assurers, commissioners and admins. */
  async download(viewer: Viewer, id: string): Promise<{ document: EvidenceDocumentEntity; bytes: Buffer }> {
    if (!isUuid(id)) throw new NotFoundError('Evidence document', id);
    const document = await this.documents.findById(id);
    if (!document) throw new NotFoundError('Evidence document', id);
    await this.assessments.assertCanRead(viewer, document.organisationId);
    return { document, bytes: await this.storage.get(document.storageKey) };
  }
}
