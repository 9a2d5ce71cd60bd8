import * as fs from 'node:fs';
import * as path from 'node:path';
import { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  file: string;
  to: string[];
  subject: string;
  text: string;
  date: Date;
}

/**
 * A real SMTP server inside the process, for the embedded default: it accepts every message sent to
 * it on 127.0.0.1 and keeps it as an .eml file under $DATA_DIR/mail, so a newcomer (and the tests)
 * can read the mail that would have gone out. Never used when SMTP_URL is set.
 */
export class MailCatcher {
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    private readonly directory: string,
  ) {}

  static async start(directory: string): Promise<MailCatcher> {
    fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
    let counter = 0;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      size: 1024 * 1024,
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const name = `${Date.now()}-${process.pid}-${++counter}.eml`;
          fs.writeFile(path.join(directory, name), Buffer.concat(chunks), { mode: 0o600 }, (error) => callback(error ?? null));
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const port = (server as unknown as { server: { address(): AddressInfo } }).server.address().port;
    return new MailCatcher(server, port, directory);
  }

  /** Every message caught so far, newest first. */
  async messages(): Promise<CaughtMail[]> {
    const files = fs.existsSync(this.directory) ? fs.readdirSync(this.directory).filter((f) => f.endsWith('.eml')) : [];
    const parsed = await Promise.all(
      files.map(async (file) => {
        const mail = await simpleParser(fs.readFileSync(path.join(this.directory, file)));
        const to = [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ''));
        return { file, to, subject: mail.subject ?? '', text: mail.text ?? '', date: mail.date ?? new Date(0) };
      }),
    );
    return parsed.sort((a, b) => b.file.localeCompare(a.file, undefined, { numeric: true }));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
