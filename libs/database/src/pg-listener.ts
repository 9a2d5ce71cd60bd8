import { Client } from 'pg';
import type { Logger } from 'pino';

export interface ListenerHandlers {
  notification(payload: string): void;
  /** Listening (again): anything sent while not listening was missed. */
  listening(): void;
  /** Not listening any more: notifications will be missed until `listening` is called again. */
  lost?(): void;
}

/**
 * A connection of its own LISTENing on one channel (PostgreSQL delivers a notification when its
 * writer commits). A lost connection (PostgreSQL restarted, a network blip) is re-established with
 * backoff; the handlers hear when listening stops and starts, so callers can make up what they missed.
 */
export class PgListener {
  private running = false;
  private client?: Client;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly handlers: ListenerHandlers,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.listen(0);
  }

  async stop(): Promise<void> {
    this.running = false;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** For tests: the connection, to cut it as a network fault would. */
  get connection(): Client | undefined {
    return this.client;
  }

  private async listen(attempt: number): Promise<void> {
    if (!this.running) return;
    const client = new Client({ connectionString: this.url });
    let lost = false;
    const reconnect = (err?: unknown) => {
      if (lost) return;
      lost = true;
      if (this.client === client) {
        this.client = undefined;
        this.handlers.lost?.();
      }
      void client.end().catch(() => undefined);
      if (!this.running) return;
      if (attempt === 0 || attempt % 20 === 0) this.logger.warn({ err, attempt, channel: this.channel }, 'listener lost; listening again shortly');
      const timer = setTimeout(() => void this.listen(attempt + 1), Math.min(250 * 2 ** Math.min(attempt, 7), 30_000));
      timer.unref();
    };
    client.on('notification', (message) => this.handlers.notification(message.payload ?? ''));
    client.on('error', reconnect);
    client.on('end', () => reconnect());
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (!this.running) {
        lost = true;
        await client.end();
        return;
      }
      this.client = client;
      attempt = 0;
      this.handlers.listening();
    } catch (err) {
      reconnect(err);
    }
  }
}
