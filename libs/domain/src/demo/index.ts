// Public surface of the demo generator. Named re-exports only, all Demo-prefixed: the domain barrel re-exports
// every module. Its generic helpers live where they belong: the seeded PRNG in statistics/, zone offsets and
// time units in time/; the weekly-window arithmetic of demo/zoned-time.ts stays internal.
export type {
  DemoAccount,
  DemoAssignment,
  DemoDataset,
  DemoOperator,
  DemoTweet,
  DemoWorkspaceOptions,
} from './demo.types.js';
export { generateDemoWorkspace, demoHandoverAt, DEMO_MAX_PERIOD_DAYS } from './generate-demo-workspace.js';
export {
  DEMO_ACCOUNTS,
  DEMO_AGENCY_GROUP,
  DEMO_CAST,
  DEMO_ROLES,
  DEMO_SHIFT_PLANS,
  DEMO_STAND_INS,
  type DemoCastMember,
  type DemoShiftPhase,
  type DemoShiftPlan,
  type DemoStandIn,
} from './demo-cast.js';
export {
  DEMO_CONVERSATION,
  DEMO_HOURLY_WEIGHTS,
  DEMO_REPLY_DELAYS,
  DEMO_TRAFFIC,
  demoReplyDelayProfile,
  type DemoDelayProfile,
  type DemoTraffic,
} from './demo-behaviour.js';
export { generateDemoSnapshots, DEMO_SNAPSHOT_CURVE, type DemoSnapshot } from './demo-engagement.js';
