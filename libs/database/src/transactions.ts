import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

/**
 * The one way to share a transaction. `tx` is the current transaction's EntityManager (the
 * DataSource's manager outside one); `withTransaction` opens a transaction or joins the caller's,
 * and `withTransaction(Propagation.Nested, …)` runs in a savepoint.
 */
export type Transactions = TransactionHost<TransactionalAdapterTypeOrm>;
export const Transactions = TransactionHost;
export { Propagation } from '@nestjs-cls/transactional';
