import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** An uploaded evidence file: the bytes live in EvidenceStorage under `storageKey`. */
@Entity('evidence_documents')
export class EvidenceDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('evidence_documents_organisation_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: unknown;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  /** Detected from the content, never taken from the upload's name or header. */
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt: Date;
}
