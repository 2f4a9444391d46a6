// What the comparison engine is told, over the API (the command line: ledger plan, house-style, weights,
// accounts set --holidays). Registered together by ServerModule.
import { AccountCadencePlansController, CadencePlansController } from './cadence-plans.controller.js';
import { AccountHolidaysController } from './holidays.controller.js';
import { AccountHouseStyleController, HouseStylesController } from './house-styles.controller.js';
import { ScorecardController } from './scorecard.controller.js';

export const ENGINE_SETTINGS_CONTROLLERS = [
  CadencePlansController,
  AccountCadencePlansController,
  HouseStylesController,
  AccountHouseStyleController,
  AccountHolidaysController,
  ScorecardController,
];
