import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import * as path from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { LOGGER } from '@app/common';
import { MailCatcher } from './mail-catcher';

export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');
export interface MailOptions {
  /** smtp:// or smtps:// URL of the relay (SMTP_URL); none: the in-process catcher under dataDir/mail. */
  smtpUrl?: string;
  from: string;
  dataDir: string;
}

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
}

/** Sends mail by SMTP: to the configured relay in production, to the in-process catcher otherwise. */
@Injectable()
export class Mailer implements OnModuleInit, OnApplicationShutdown {
  private transport?: Transporter;
  /** Set on the embedded default only. */
  catcher?: MailCatcher;

  constructor(
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.options.smtpUrl) {
      this.transport = nodemailer.createTransport(this.options.smtpUrl);
      return;
    }
    this.catcher = await MailCatcher.start(path.join(this.options.dataDir, 'mail'));
    this.transport = nodemailer.createTransport({ host: '127.0.0.1', port: this.catcher.port, secure: false, ignoreTLS: true });
  }

  async onApplicationShutdown(): Promise<void> {
    this.transport?.close();
    await this.catcher?.close();
  }

  /** Addresses are logged as a count only: mail content and recipients stay out of the logs. */
  async send(mail: OutgoingMail): Promise<void> {
    if (!mail.to.length) return;
    await this.transport!.sendMail({ from: this.options.from, to: mail.to, subject: mail.subject, text: mail.text });
    this.logger.info({ recipients: mail.to.length, subject: mail.subject }, 'mail sent');
  }
}
