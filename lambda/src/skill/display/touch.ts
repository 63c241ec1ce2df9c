// biome-ignore-all lint/suspicious/noTemplateCurlyInString: APL data-binding expressions, evaluated on the device
import type { HandlerInput } from 'ask-sdk-core';
import { z } from 'zod';
import type { AplComponent } from './screen';

/** The request an Echo sends when a touch wrapper's SendEvent command runs. */
export const USER_EVENT = 'Alexa.Presentation.APL.UserEvent';

const PERIODS = ['week', 'month', 'all', 'season', 'lastSeason'] as const;

/**
 * What a tap asks for, as the SendEvent `arguments` carry it: `['goal', 'red']`,
 * `['undo']`, `['player', 'Alice', 'season']`. The arguments come from a document the skill
 * drew, but they travel through the device: they are parsed like any other input.
 */
const touchArgumentsSchema = z.union([
  z.tuple([z.literal('goal'), z.enum(['red', 'blue'])]).rest(z.unknown()),
  z.tuple([z.literal('undo')]).rest(z.unknown()),
  z.tuple([z.literal('player'), z.string().trim().min(1).max(64), z.enum(PERIODS)]).rest(z.unknown()),
]);

export type Touch =
  | { action: 'goal'; team: 'red' | 'blue' }
  | { action: 'undo' }
  | { action: 'player'; name: string; period: (typeof PERIODS)[number] };

const userEventSchema = z.looseObject({
  type: z.literal(USER_EVENT),
  arguments: z.array(z.unknown()).optional(),
});

/** The tap this request reports, or undefined for any other request (or arguments the skill never sends). */
export function touchOf(input: HandlerInput): Touch | undefined {
  const request = userEventSchema.safeParse(input.requestEnvelope.request);
  if (!request.success) return undefined;
  const args = touchArgumentsSchema.safeParse(request.data.arguments ?? []);
  if (!args.success) return undefined;
  const [action, value, period] = args.data;
  if (action === 'goal') return { action, team: value };
  if (action === 'undo') return { action };
  return { action, name: value, period };
}

/** A button: its label on screen, and the touch it sends (bound to the data item it is drawn from). */
export interface TouchButton {
  action: 'goal' | 'undo';
  /** The team credited by a goal button; empty for undo. */
  team: string;
  label: string;
  /** What a screen reader says (VoiceView). */
  spoken: string;
}

/**
 * A data-bound button (`data` is a TouchButton): a framed label, pressed by a tap or, on a
 * Fire TV, by the remote's select key.
 */
export const touchButton: AplComponent = {
  type: 'TouchWrapper',
  role: 'button',
  accessibilityLabel: '${data.spoken}',
  spacing: '@gap',
  grow: 1,
  onPress: [{ type: 'SendEvent', arguments: ['${data.action}', '${data.team}'] }],
  item: {
    type: 'Frame',
    width: '100%',
    height: '@buttonHeight',
    borderRadius: '@radius',
    borderWidth: 2,
    borderColor: '@accent',
    backgroundColor: "${data.team == 'red' ? @red : (data.team == 'blue' ? @blue : @surface)}",
    item: {
      type: 'Text',
      text: '${data.label}',
      width: '100%',
      height: '100%',
      fontSize: '@buttonTextSize',
      fontWeight: 'bold',
      color: '@text',
      textAlign: 'center',
      textAlignVertical: 'center',
      maxLines: 1,
    },
  },
};
