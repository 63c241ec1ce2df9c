export { withoutCarrierText } from './carrier-words';
export { SimulatedEchoDevice, type SimulatedEchoDeviceOptions, type Turn } from './device';
export type { DynamicEntityType, Entity } from './entities';
export type { SimIntent, SimRequest, SimRequestEnvelope } from './envelopes';
export { type Invocation, parseInvocation } from './invocation';
export {
  type InteractionModel,
  InteractionModelLoadError,
  languageOf,
  loadInteractionModel,
  modelPath,
  parseInteractionModel,
  type SupportedLocale,
  supportedLocales,
} from './model';
export { parseFourDigits, parseSpokenNumber } from './numbers';
export {
  FALLBACK_INTENT,
  NAME_TYPES,
  type ResolveContext,
  type ResolvedUtterance,
  resolveUtterance,
} from './resolver';
export { parseSkillResponse, type SkillResponseEnvelope, SkillResponseError } from './response';
export { ECHO_SCREENS, type EchoScreen, type SimViewport, screenInterfaces, viewportOf } from './screens';
export { dynamicAuthority, type SimResolution, type SimSlot, staticAuthority } from './slots';
export { speechText } from './speech';
export {
  ALEXA_SSML_TAGS,
  assertResponseSize,
  assertValidSpeech,
  InvalidSpeechError,
  MAX_RESPONSE_BYTES,
  ResponseTooLargeError,
} from './ssml';
export { type DrawnScreen, NothingToTapError, tapArguments } from './touch';
export { phraseKeys } from './words';
