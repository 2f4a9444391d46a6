// Turns the cast's shift plans into the period's operators and assignments, and places the handover.
import { DEMO_ACCOUNTS, DEMO_CAST, DEMO_ROLES, DEMO_SHIFT_PLANS } from './demo-cast.js';
import type { DemoAccount, DemoAssignment, DemoOperator } from './demo.types.js';
import { startOfLocalDay } from './zoned-time.js';

/**
 * The handed-over account changes hands at local midnight starting the day in the middle of the period, as real
 * contracts start on a date; a period too short to hold that midnight is split at its exact middle.
 */
export function demoHandoverMs(fromMs: number, toMs: number): number {
  const account = DEMO_ACCOUNTS.find((a) => a.handle === DEMO_ROLES.handedOver) as DemoAccount;
  const middle = Math.floor((fromMs + (toMs - fromMs) / 2) / 1000) * 1000;
  const midnight = startOfLocalDay(middle, account.timeZone);
  return midnight > fromMs ? midnight : Math.max(middle, fromMs + 1000);
}

export function buildDemoAccounts(): DemoAccount[] {
  // Copies: callers may mutate the dataset without touching the module's constants.
  return DEMO_ACCOUNTS.map((account) => ({
    ...account,
    businessHours: account.businessHours.map((w) => ({ ...w })),
  }));
}

export function buildDemoOperators(): DemoOperator[] {
  return DEMO_CAST.map((member) => ({
    ...member,
    accountHandles: [
      ...new Set(DEMO_SHIFT_PLANS.filter((p) => p.operatorName === member.name).map((p) => p.accountHandle)),
    ],
  }));
}

export function buildDemoAssignments(fromMs: number, handoverMs: number): DemoAssignment[] {
  return DEMO_SHIFT_PLANS.map((plan) => ({
    accountHandle: plan.accountHandle,
    operatorName: plan.operatorName,
    from: new Date(plan.phase === 'afterHandover' ? handoverMs : fromMs),
    to: plan.phase === 'beforeHandover' ? new Date(handoverMs) : null,
    shifts: plan.shifts.map((w) => ({ ...w })),
  }));
}
