export {
  groupAt,
  groupAtResolver,
  groupPeriodsWithin,
  latestGroup,
  placeInGroup,
  type GroupMembershipFact,
  type GroupPeriod,
} from './group-at.util.js';
