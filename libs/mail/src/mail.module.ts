import { DynamicModule, Global, Module } from '@nestjs/common';
import { DevMailController } from './dev-mail.controller';
import { MAIL_OPTIONS, Mailer, MailOptions } from './mailer';

@Global()
@Module({})
export class MailModule {
  static forRoot(options: MailOptions): DynamicModule {
    return {
      module: MailModule,
      providers: [{ provide: MAIL_OPTIONS, useValue: options }, Mailer],
      controllers: options.smtpUrl ? [] : [DevMailController],
      exports: [Mailer],
    };
  }
}
