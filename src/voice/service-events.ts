/**
 * Service events: what happened to an order or a request, told as an event rather than a feeling ("it never
 * arrived", "heard nothing", "had to ring", "out of stock", "no questions asked"). A story of a failed order is told
 * in these, with few opinion words, so each event says both which element it is about and how it went (AFINN's
 * scale, -5..5). One table, read by the keyword tables (element-keywords.ts, the element) and by the service lexicon
 * (service-lexicon.ts, the score), so the two readings of one event cannot drift apart. Phrases of several words,
 * matched by stems like any phrase (phrase-matcher.ts); a negator before one turns its score as it does any other's.
 */
import type { ElementId } from './elements.js';

export const SERVICE_EVENTS: readonly (readonly [phrase: string, element: ElementId, score: number])[] = [
  // the goods not coming, or coming at last
  ['still waiting', 'delivery_speed', -3], ['came and went', 'delivery_speed', -3], ['never arrived', 'delivery_speed', -3], ['not arrived', 'delivery_speed', -3],
  ['never came', 'delivery_speed', -3], ['did not turn up', 'delivery_speed', -3], ['never turned up', 'delivery_speed', -3], ['came after', 'delivery_speed', -2],
  ['finally arrived', 'delivery_speed', -1], ['finally came', 'delivery_speed', -1], ['failed delivery', 'delivery_speed', -3],
  ['did not arrive', 'delivery_speed', -3], ['finally turned up', 'delivery_speed', -1], ['never showed', 'delivery_speed', -3], ['no show', 'delivery_speed', -3], ['nobody came', 'delivery_speed', -3],
  ['no one came', 'delivery_speed', -3], ['date moved', 'delivery_speed', -2], ['running behind', 'delivery_speed', -2], ['behind schedule', 'delivery_speed', -2],
  // the order before it left
  ['split open', 'order_processing', -2], ['out of stock', 'order_processing', -2], ['no stock', 'order_processing', -2], ['back order', 'order_processing', -2],
  ['not ready', 'order_processing', -2], ['never existed', 'order_processing', -3], ['well packed', 'order_processing', 2],
  // an answer awaited, chased or quick
  ['heard nothing', 'response_time', -3], ['no reply', 'response_time', -3], ['on hold', 'response_time', -1], ['had to ring', 'response_time', -2],
  ['had to call', 'response_time', -2], ['had to phone', 'response_time', -2], ['had to email', 'response_time', -2], ['had to chase', 'response_time', -3], ['nothing back', 'response_time', -2], ['not heard', 'response_time', -2],
  ['in minutes', 'response_time', 2], ['within the hour', 'response_time', 2],
  ['never reach', 'support_hours', -2],
  ['no questions asked', 'guarantee', 2], ['no quibble', 'guarantee', 2],
  ['hung up', 'staff_friendliness', -3], ['above and beyond', 'staff_friendliness', 3],
  // the goods giving out
  ['fell apart', 'product_quality', -3], ['stopped working', 'product_quality', -2], ['went flat', 'product_quality', -2],
  // what the customer went through that the element words alone left unscored
  ['eventually arrived', 'delivery_speed', -1], ['waited all day', 'delivery_speed', -2], ['left out', 'order_processing', -2], ['never called', 'response_time', -2],
  ['never rang', 'response_time', -2], ['rings out', 'support_hours', -2], ['not get through', 'support_hours', -2], ['never get through', 'support_hours', -2],
];
