import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { EvidenceDocumentEntity } from './evidence-document.entity';

@Injectable()
export class EvidenceDocumentsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get documents() {
    return this.transactions.tx.getRepository(EvidenceDocumentEntity);
  }

  findById(id: string): Promise<EvidenceDocumentEntity | null> {
    return this.documents.findOneBy({ id });
  }

  insert(values: Partial<EvidenceDocumentEntity>): Promise<EvidenceDocumentEntity> {
    return this.documents.save(this.documents.create(values));
  }
}
