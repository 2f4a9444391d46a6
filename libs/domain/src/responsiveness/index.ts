export type { FirstResponse, ReplyMatch } from './first-response.types.js';
export { computeFirstResponses } from './first-responses.util.js';
export { answerConversationTurns, type TurnAnswer } from './conversation-turns.util.js';
export { indexThreadReplies } from './thread-replies.util.js';
export { itemKey } from './item-key.util.js';
export { RESPONSE_WINDOW_SECONDS, computeResponseRate, isDecided } from './response-rate.util.js';
export type {
  Backlog,
  BacklogBucket,
  SlaAttainment,
  SlaOutcome,
  TimedResponse,
} from './timed-response.types.js';
export { timeFirstResponses } from './timed-responses.util.js';
export { computeSlaAttainment, slaOutcome } from './sla-attainment.util.js';
export { BACKLOG_AGE_BOUNDS, computeBacklog } from './backlog.util.js';
export {
  summarizeResponsivenessByStratum,
  summarizeResponsivenessDepth,
  type DepthOptions,
  type ResponsivenessDepth,
} from './responsiveness-depth.util.js';
