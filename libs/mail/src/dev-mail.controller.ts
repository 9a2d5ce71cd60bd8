import { Controller, Get, Header, NotFoundException } from '@nestjs/common';
import { Public } from '@app/access';
import { Mailer } from './mailer';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The mail the embedded default caught, newest first: for a newcomer to see what would have gone out. Absent with SMTP_URL. */
@Controller('dev')
export class DevMailController {
  constructor(private readonly mailer: Mailer) {}

  @Public()
  @Get('mail')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  async list(): Promise<string> {
    if (!this.mailer.catcher) throw new NotFoundException();
    const messages = await this.mailer.catcher.messages();
    const items = messages
      .map(
        (m) =>
          `<article><h2>${escape(m.subject)}</h2><p>To ${escape(m.to.join(', '))}, ${escape(m.date.toISOString())}</p><pre>${escape(m.text)}</pre></article>`,
      )
      .join('\n');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mail caught in development</title>
<style>body{font-family:Arial,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}pre{white-space:pre-wrap;background:#f0f4f5;padding:1rem}</style></head>
<body><h1>Mail caught in development (${messages.length})</h1><p>Nothing here was delivered: with SMTP_URL set, mail goes to the real relay and this page does not exist.</p>${items}</body></html>`;
  }
}
