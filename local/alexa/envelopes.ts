import { randomUUID } from 'node:crypto';
import type { SimViewport } from './screens';
import type { SimSlot } from './slots';

/** A slot the user left empty: Alexa still lists every slot of the intent. */
export interface EmptySlot {
  name: string;
  value?: undefined;
  confirmationStatus: 'NONE' | 'CONFIRMED' | 'DENIED';
}

/** A filled slot as the skill sent it back in a Dialog directive's updatedIntent. */
export interface EchoedSlot {
  name: string;
  value: string;
  confirmationStatus: 'NONE' | 'CONFIRMED' | 'DENIED';
  [field: string]: unknown;
}

export interface SimIntent {
  name: string;
  confirmationStatus: 'NONE' | 'CONFIRMED' | 'DENIED';
  slots?: Record<string, SimSlot | EmptySlot | EchoedSlot>;
}

export type SimRequest =
  | {
      type: 'LaunchRequest';
      requestId: string;
      timestamp: string;
      locale: string;
      shouldLinkResultBeReturned: boolean;
    }
  | {
      type: 'IntentRequest';
      requestId: string;
      timestamp: string;
      locale: string;
      intent: SimIntent;
      dialogState?: 'STARTED' | 'IN_PROGRESS' | 'COMPLETED';
    }
  | {
      type: 'Alexa.Presentation.APL.UserEvent';
      requestId: string;
      timestamp: string;
      locale: string;
      /** The token of the document the tap was on. */
      token: string;
      arguments: unknown[];
      source: { type: string; handler: string; id: string };
      components: Record<string, unknown>;
    }
  | {
      type: 'SessionEndedRequest';
      requestId: string;
      timestamp: string;
      locale: string;
      reason: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS';
    };

/** Who is talking to whom: fixed for a simulated device. */
export interface DeviceIdentity {
  skillId: string;
  userId: string;
  deviceId: string;
  supportedInterfaces: Record<string, unknown>;
  /** Only for a device with a screen. */
  viewport?: SimViewport;
  apiEndpoint: string;
}

export interface SessionState {
  sessionId: string;
  isNew: boolean;
  attributes: Record<string, unknown>;
}

/** A request envelope shaped like the ones Alexa posts to a skill. */
export interface SimRequestEnvelope {
  version: '1.0';
  session: {
    new: boolean;
    sessionId: string;
    application: { applicationId: string };
    user: { userId: string };
    attributes: Record<string, unknown>;
  };
  context: {
    System: {
      application: { applicationId: string };
      user: { userId: string };
      device: { deviceId: string; supportedInterfaces: Record<string, unknown> };
      apiEndpoint: string;
      apiAccessToken: string;
    };
    Viewport?: SimViewport;
  };
  request: SimRequest;
}

/** Alexa's timestamps: ISO 8601 to the second. */
export function alexaTimestamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function newSessionId(): string {
  return `amzn1.echo-api.session.${randomUUID()}`;
}

export function newRequestId(): string {
  return `amzn1.echo-api.request.${randomUUID()}`;
}

/** Wraps a request in the session and device context Alexa adds. */
export function buildEnvelope(
  identity: DeviceIdentity,
  session: SessionState,
  request: SimRequest,
): SimRequestEnvelope {
  const application = { applicationId: identity.skillId };
  const user = { userId: identity.userId };
  return {
    version: '1.0',
    session: {
      new: session.isNew,
      sessionId: session.sessionId,
      application,
      user,
      attributes: session.attributes,
    },
    context: {
      System: {
        application,
        user,
        device: { deviceId: identity.deviceId, supportedInterfaces: identity.supportedInterfaces },
        apiEndpoint: identity.apiEndpoint,
        apiAccessToken: 'simulated-api-access-token',
      },
      ...(identity.viewport ? { Viewport: identity.viewport } : {}),
    },
    request,
  };
}
