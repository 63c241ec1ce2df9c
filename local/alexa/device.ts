import type { RequestEnvelope } from 'ask-sdk-model';
import { z } from 'zod';
import { carriedIntent, intentWithAllSlots, type PendingDialog, withSlots } from './dialog';
import type { DynamicEntityType } from './entities';
import {
  alexaTimestamp,
  buildEnvelope,
  type DeviceIdentity,
  newRequestId,
  newSessionId,
  type SessionState,
  type SimIntent,
  type SimRequest,
  type SimRequestEnvelope,
} from './envelopes';
import { parseInvocation } from './invocation';
import { type InteractionModel, languageOf, loadInteractionModel } from './model';
import { resolveUtterance } from './resolver';
import { dialogDirectives, parseSkillResponse, type SkillResponseEnvelope, spokenText } from './response';
import { type EchoScreen, screenInterfaces, viewportOf } from './screens';
import { type DrawnScreen, tapArguments } from './touch';

/** How a simulated Echo reaches the skill and who it speaks for. */
export interface SimulatedEchoDeviceOptions {
  locale: string;
  /** Defaults to the generated model of the locale. */
  model?: InteractionModel;
  skillId: string;
  userId: string;
  deviceId: string;
  /** Sends one request envelope to the skill (e.g. the ASK SDK skill's `invoke`) and returns its answer. */
  invoke: (requestEnvelope: RequestEnvelope) => Promise<unknown>;
  /** Defaults to a voice-only Echo: `{}`. */
  supportedInterfaces?: Record<string, unknown>;
  /** A screen (e.g. `ECHO_SCREENS.show8`): the device then declares APL and sends its viewport. */
  screen?: EchoScreen;
  apiEndpoint?: string;
  /** Clock for request timestamps. */
  now?: () => Date;
}

/** One exchange: what the device sent, what the skill answered, and what a person would hear. */
export interface Turn {
  request: SimRequestEnvelope;
  response: SkillResponseEnvelope;
  /** Output speech as heard: SSML tags dropped, entities decoded. */
  speech: string;
  reprompt?: string;
  directives: unknown[];
  sessionEnded: boolean;
}

const drawnScreen = z.object({
  type: z.literal('Alexa.Presentation.APL.RenderDocument'),
  token: z.string(),
  document: z.unknown(),
  datasources: z.record(z.string(), z.unknown()).default({}),
});

// Alexa sends JSON over the wire; a round trip also stops the skill from sharing objects with the device.
function overTheWire(envelope: unknown): RequestEnvelope {
  return JSON.parse(JSON.stringify(envelope));
}

/**
 * An Echo device driven by typed text: it resolves what is said against the interaction model,
 * keeps the session (attributes, dialog directives, dynamic entities) the way Alexa does, and
 * sends real-looking request envelopes to the skill.
 */
export class SimulatedEchoDevice {
  readonly locale: string;
  readonly model: InteractionModel;
  private readonly identity: DeviceIdentity;
  private readonly invoke: (requestEnvelope: RequestEnvelope) => Promise<unknown>;
  private readonly now: () => Date;
  private session: SessionState | undefined;
  private pending: PendingDialog | undefined;
  private dynamicEntities: DynamicEntityType[] = [];
  /** The last request sent, for `resend`. */
  private lastSent: SimRequestEnvelope | undefined;
  /** The screen shown (the last RenderDocument), for `tap`. */
  private shown: DrawnScreen | undefined;
  /**
   * The session a touchable screen keeps open with the microphone closed (the skill left
   * shouldEndSession out): taps are sent in it; what is said next starts afresh, after the wake word.
   */
  private screenSession: SessionState | undefined;

  constructor(options: SimulatedEchoDeviceOptions) {
    this.locale = options.locale;
    this.model = options.model ?? loadInteractionModel(options.locale);
    this.identity = {
      skillId: options.skillId,
      userId: options.userId,
      deviceId: options.deviceId,
      supportedInterfaces: {
        ...options.supportedInterfaces,
        ...(options.screen ? screenInterfaces(options.screen) : {}),
      },
      ...(options.screen ? { viewport: viewportOf(options.screen) } : {}),
      apiEndpoint: options.apiEndpoint ?? 'https://api.amazonalexa.com',
    };
    this.invoke = options.invoke;
    this.now = options.now ?? (() => new Date());
  }

  /** Whether a session is open (the blue ring is listening for a follow-up). */
  get sessionOpen(): boolean {
    return this.session !== undefined;
  }

  /** The session attributes the next request will carry. */
  get sessionAttributes(): Record<string, unknown> {
    return { ...this.session?.attributes };
  }

  /** Says something to the device, as if after the wake word, and returns the skill's answer. */
  async say(text: string): Promise<Turn> {
    const language = languageOf(this.locale);
    if (!this.session) {
      this.session = { sessionId: newSessionId(), isNew: true, attributes: {} };
      const invocation = parseInvocation(
        text,
        this.model.interactionModel.languageModel.invocationName,
        language,
      );
      if (invocation.kind === 'launch')
        return this.send(
          this.request({ type: 'LaunchRequest', ...this.stamp(), shouldLinkResultBeReturned: false }),
        );
      return this.send(this.intentRequest(invocation.utterance));
    }
    return this.send(this.intentRequest(text));
  }

  /**
   * Taps what the screen shows or says as `label` ("+1 Red", "Alice"): the device sends the
   * skill the UserEvent its SendEvent command makes, in the session the screen kept open.
   * @throws NothingToTapError when nothing on the screen answers to the label.
   * @throws Error when no screen is shown, or the skill ended the session that drew it.
   */
  async tap(label: string): Promise<Turn> {
    const screen = this.shown;
    if (!screen) throw new Error('Nothing is on the screen');
    const session = this.session ?? this.screenSession;
    if (!session)
      throw new Error(`The screen ${screen.token} no longer reaches the skill: its session ended`);
    this.session = session;
    return this.send(
      this.request({
        type: 'Alexa.Presentation.APL.UserEvent',
        ...this.stamp(),
        token: screen.token,
        arguments: tapArguments(screen, label),
        source: { type: 'TouchWrapper', handler: 'Press', id: '' },
        components: {},
      }),
    );
  }

  /** The user walks away: a SessionEndedRequest (USER_INITIATED) when a session is open. */
  async end(): Promise<Turn | undefined> {
    if (!this.session) return undefined;
    return this.send(
      this.request({ type: 'SessionEndedRequest', ...this.stamp(), reason: 'USER_INITIATED' }),
    );
  }

  /**
   * Sends the last request again, same request id and all, as Alexa does when the skill's
   * answer did not reach it in time.
   */
  async resend(): Promise<Turn> {
    if (!this.lastSent) throw new Error('Nothing was said yet');
    return this.send(this.lastSent);
  }

  /** Sends any envelope as is (malformed-input tests) and returns the skill's raw answer. */
  async sendRaw(envelope: unknown): Promise<unknown> {
    return this.invoke(overTheWire(envelope));
  }

  /** The fields every request carries. */
  private stamp() {
    return { requestId: newRequestId(), timestamp: alexaTimestamp(this.now()), locale: this.locale };
  }

  private request(request: SimRequest): SimRequestEnvelope {
    const session = this.session ?? { sessionId: newSessionId(), isNew: true, attributes: {} };
    return buildEnvelope(this.identity, session, request);
  }

  private declared(name: string) {
    return this.model.interactionModel.languageModel.intents.find((intent) => intent.name === name);
  }

  private intentRequest(utterance: string): SimRequestEnvelope {
    const pending = this.pending;
    const heard = resolveUtterance(this.model, utterance, {
      elicitSlot:
        pending?.kind === 'elicit' ? { intent: pending.intent.name, slot: pending.slot } : undefined,
      dynamicEntities: this.dynamicEntities,
      skillId: this.identity.skillId,
    });
    const answer =
      heard.intent === 'AMAZON.YesIntent'
        ? 'CONFIRMED'
        : heard.intent === 'AMAZON.NoIntent'
          ? 'DENIED'
          : undefined;
    let intent: SimIntent;
    let dialogState: 'STARTED' | 'IN_PROGRESS' | undefined;
    if (pending?.kind === 'elicit' && heard.intent === pending.intent.name) {
      intent = withSlots(pending.intent, heard.slots);
      dialogState = 'IN_PROGRESS';
    } else if (pending?.kind === 'confirmIntent' && answer) {
      intent = { ...pending.intent, confirmationStatus: answer };
      dialogState = 'IN_PROGRESS';
    } else if (pending?.kind === 'confirmSlot' && answer) {
      const slot = pending.intent.slots?.[pending.slot] ?? { name: pending.slot, confirmationStatus: 'NONE' };
      intent = {
        ...pending.intent,
        slots: { ...pending.intent.slots, [pending.slot]: { ...slot, confirmationStatus: answer } },
      };
      dialogState = 'IN_PROGRESS';
    } else {
      intent = intentWithAllSlots(heard.intent, this.declared(heard.intent), heard.slots);
      const inDialogModel = this.model.interactionModel.dialog?.intents.some(
        (rule) => rule.name === heard.intent,
      );
      dialogState = inDialogModel ? 'STARTED' : undefined;
    }
    return this.request({
      type: 'IntentRequest',
      ...this.stamp(),
      intent,
      ...(dialogState ? { dialogState } : {}),
    });
  }

  private async send(envelope: SimRequestEnvelope): Promise<Turn> {
    this.lastSent = envelope;
    const raw = await this.invoke(overTheWire(envelope));
    const response = parseSkillResponse(raw);
    const directives = response.response.directives ?? [];
    const dialog = dialogDirectives(response);
    const ended =
      envelope.request.type === 'SessionEndedRequest' || this.endsSession(response, dialog.length > 0);
    this.pending = undefined;
    this.noteScreen(response, directives);
    if (ended) {
      this.session = undefined;
      this.dynamicEntities = [];
    } else if (this.session) {
      this.session = { ...this.session, isNew: false, attributes: response.sessionAttributes ?? {} };
      this.applyDialog(dialog, envelope);
    }
    const reprompt = spokenText(response.response.reprompt?.outputSpeech);
    return {
      request: envelope,
      response,
      speech: spokenText(response.response.outputSpeech) ?? '',
      ...(reprompt !== undefined ? { reprompt } : {}),
      directives,
      sessionEnded: ended,
    };
  }

  /** Keeps what a RenderDocument drew, and whether its session stays open for taps. */
  private noteScreen(response: SkillResponseEnvelope, directives: unknown[]): void {
    const drawn = directives.map((directive) => drawnScreen.safeParse(directive)).find((p) => p.success);
    if (drawn?.data) this.shown = drawn.data;
    const flag = response.response.shouldEndSession;
    const touchable =
      this.shown !== undefined && this.identity.viewport !== undefined && flag === undefined && this.session;
    this.screenSession = touchable
      ? { ...touchable, isNew: false, attributes: response.sessionAttributes ?? {} }
      : undefined;
  }

  /**
   * true ends the session, false keeps it open. Left out, a voice-only Echo keeps listening only
   * when there is a reprompt or a dialog directive waiting for an answer.
   */
  private endsSession(response: SkillResponseEnvelope, hasDialogDirective: boolean): boolean {
    const flag = response.response.shouldEndSession;
    if (typeof flag === 'boolean') return flag;
    return !(response.response.reprompt || hasDialogDirective);
  }

  private applyDialog(dialog: ReturnType<typeof dialogDirectives>, envelope: SimRequestEnvelope): void {
    const current: SimIntent =
      envelope.request.type === 'IntentRequest'
        ? envelope.request.intent
        : { name: '', confirmationStatus: 'NONE' };
    for (const directive of dialog) {
      if (directive.type === 'Dialog.UpdateDynamicEntities') {
        this.dynamicEntities = directive.updateBehavior === 'CLEAR' ? [] : (directive.types ?? []);
        continue;
      }
      const name = directive.updatedIntent?.name ?? current.name;
      const intent = carriedIntent(directive.updatedIntent, current, this.declared(name));
      if (directive.type === 'Dialog.ElicitSlot')
        this.pending = { kind: 'elicit', intent, slot: directive.slotToElicit };
      else if (directive.type === 'Dialog.ConfirmIntent') this.pending = { kind: 'confirmIntent', intent };
      else if (directive.type === 'Dialog.ConfirmSlot')
        this.pending = { kind: 'confirmSlot', intent, slot: directive.slotToConfirm };
    }
  }
}
