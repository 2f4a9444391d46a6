// Checks a workspace's delivery settings before they are stored: a typo in a host, a port or a holiday
// calendar should fail at the command line, not on the first working day.
import type { ReportDeliverySettings } from '#persistence';
import { parseHolidayCalendar, firstWorkingDay } from './first-working-day.util.js';

/** `Name <address>` or `address`; the address has one @ and a dot in its domain. */
const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export function isMailAddress(value: string): boolean {
  return ADDRESS.test(value.trim());
}

/** The settings as given, checked; throws with every problem named. */
export function checkDeliverySettings(settings: ReportDeliverySettings): ReportDeliverySettings {
  const problems: string[] = [];
  if (!/^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:.]+\]$/.test(settings.smtpHost))
    problems.push(`SMTP host "${settings.smtpHost}" is not a host name`);
  if (!Number.isInteger(settings.smtpPort) || settings.smtpPort < 1 || settings.smtpPort > 65_535)
    problems.push(`SMTP port must be 1–65535, got ${settings.smtpPort}`);
  const from = /<([^>]+)>\s*$/.exec(settings.fromAddress)?.[1] ?? settings.fromAddress;
  if (!isMailAddress(from)) problems.push(`sender "${settings.fromAddress}" is not a mail address`);
  if (!Number.isInteger(settings.sendHour) || settings.sendHour < 0 || settings.sendHour > 23)
    problems.push(`send hour must be 0–23, got ${settings.sendHour}`);
  if (settings.smtpUser && !settings.passwordEnv)
    problems.push('an SMTP user needs the environment variable of its password');
  if (settings.passwordEnv && !/^[A-Z_][A-Z0-9_]*$/.test(settings.passwordEnv))
    problems.push(`"${settings.passwordEnv}" is not an environment variable name (A–Z, 0–9, _)`);
  try {
    if (parseHolidayCalendar(settings.holidayCalendar)) firstWorkingDay('2026-01', settings.holidayCalendar);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0) throw new Error(`Delivery settings not stored: ${problems.join('; ')}`);
  return settings;
}
