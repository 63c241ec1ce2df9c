import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';

/** True for an IntentRequest naming one of `names`. */
export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  return (
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    names.includes(getIntentName(input.requestEnvelope))
  );
}

export function isRequest(input: HandlerInput, type: string): boolean {
  return getRequestType(input.requestEnvelope) === type;
}
