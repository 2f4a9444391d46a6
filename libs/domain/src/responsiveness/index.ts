export type { FirstResponse, ReplyMatch } from './first-response.types.js';
export { computeFirstResponses } from './first-responses.util.js';
export { answerConversationTurns, type TurnAnswer } from './conversation-turns.util.js';
export { indexThreadReplies } from './thread-replies.util.js';
export { itemKey } from './item-key.util.js';
export { RESPONSE_WINDOW_SECONDS, computeResponseRate, isDecided } from './response-rate.util.js';
