// What a consultant would configure for the demo accounts before comparing staff with the agency: holiday
// calendars, what each group costs, the agency's posting commitment and each brand's house style. Invented
// figures, set so that the demo's comparison ends in a recommendation a reader can follow.
import {
  DEMO_AGENCY_GROUP,
  DEMO_ROLES,
  IN_HOUSE,
  type CadencePlan,
  type CostModel,
  type HolidayCalendar,
} from '#domain';
import type { HouseStyleSettings } from '#persistence';

/** Public holidays where each brand sits: Vienna, Berlin, England. */
export const DEMO_HOLIDAYS: Readonly<Record<string, HolidayCalendar>> = {
  [DEMO_ROLES.staffRun]: { country: 'AT', state: '9' },
  [DEMO_ROLES.agencyRun]: { country: 'DE', state: 'BE' },
  [DEMO_ROLES.handedOver]: { country: 'GB', state: 'ENG' },
};

/**
 * Staff: the four people of the in-house desk add up to three full-time positions at 5,000 EUR a month each
 * (salary and overheads). The agency: a 4,200 EUR monthly retainer plus 0.75 EUR per response. Both from the
 * first day of the data.
 */
export function demoCostModels(from: string): CostModel[] {
  return [
    {
      group: IN_HOUSE,
      currency: 'EUR',
      from,
      to: null,
      components: [{ kind: 'fte', perFtePerMonth: 5000, fteShare: 3 }],
    },
    {
      group: DEMO_AGENCY_GROUP,
      currency: 'EUR',
      from,
      to: null,
      components: [
        { kind: 'retainer', perMonth: 4200 },
        { kind: 'per-item', fee: 0.75, per: 'response' },
      ],
    },
  ];
}

/** The agency's contract for the coffee brand: a post every Tuesday and Friday. */
export function demoCadencePlans(accountIdOf: (handle: string) => string, from: string): CadencePlan[] {
  return [
    {
      accountId: accountIdOf(DEMO_ROLES.agencyRun),
      group: DEMO_AGENCY_GROUP,
      from,
      to: null,
      perWeekday: [0, 0, 1, 0, 0, 1, 0],
    },
  ];
}

/** The German brands say du; every reply is signed; the railway and the water company use no emoji. */
export const DEMO_HOUSE_STYLES: Readonly<Record<string, HouseStyleSettings>> = {
  [DEMO_ROLES.staffRun]: {
    language: 'de',
    formOfAddress: 'du',
    signatureRequired: true,
    emojiPolicy: 'forbidden',
    maxReplyLength: 280,
  },
  [DEMO_ROLES.agencyRun]: {
    language: 'de',
    formOfAddress: 'du',
    signatureRequired: true,
    emojiPolicy: 'limited',
    maxEmoji: 1,
    maxReplyLength: 280,
  },
  [DEMO_ROLES.handedOver]: {
    language: 'en',
    formOfAddress: null,
    signatureRequired: true,
    emojiPolicy: 'forbidden',
    maxReplyLength: 280,
  },
};
