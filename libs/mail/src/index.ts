export * from './mail-catcher';
export * from './mailer';
export * from './mail.module';
