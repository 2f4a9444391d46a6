// The SMTP connection of a workspace's report mail, from its stored settings and the password in the
// environment of the process that sends (the database never holds it).
import nodemailer, { type Transporter } from 'nodemailer';
import type { ReportDeliverySettingsEntity } from '#persistence';

/** How long a connection, the server's greeting and a silent socket may take: a hung server fails the attempt. */
const TIMEOUT_MS = 30_000;

export type SmtpSettings = Pick<
  ReportDeliverySettingsEntity,
  'smtpHost' | 'smtpPort' | 'smtpSecure' | 'smtpUser' | 'passwordEnv'
>;

export class SmtpPasswordMissingError extends Error {}

export function createSmtpTransport(
  settings: SmtpSettings,
  env: Record<string, string | undefined> = process.env,
): Transporter {
  let auth: { user: string; pass: string } | undefined;
  if (settings.smtpUser) {
    const variable = settings.passwordEnv;
    const pass = variable ? env[variable] : undefined;
    if (!variable || pass === undefined || pass === '') {
      throw new SmtpPasswordMissingError(
        variable
          ? `The SMTP password is read from the environment variable ${variable}, which is not set`
          : 'An SMTP user is set but no environment variable for its password (--password-env)',
      );
    }
    auth = { user: settings.smtpUser, pass };
  }
  return nodemailer.createTransport({
    host: settings.smtpHost,
    port: settings.smtpPort,
    secure: settings.smtpSecure,
    auth,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
    // Never log the conversation: it carries the password (AUTH) and the recipients.
    logger: false,
    debug: false,
  });
}
