import type { HandlerInput } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';

/** The APL version the documents are written for (Echo Show devices run 2023.x and later). */
export const APL_VERSION = '2023.3';

/** A component or a layout instance: its type and its properties, some bound to data. */
export interface AplComponent {
  type: string;
  [property: string]: unknown;
}

/** Resources of a document; a block with `when` overrides earlier ones when it holds. */
export interface AplResourceBlock {
  description?: string;
  when?: string;
  colors?: Record<string, string>;
  dimensions?: Record<string, string | number>;
  numbers?: Record<string, number>;
}

export interface AplLayout {
  description?: string;
  parameters: string[];
  item: AplComponent;
}

/** An APL document as the RenderDocument directive carries it. */
export interface AplDocument {
  type: 'APL';
  version: string;
  theme: 'dark' | 'light';
  description: string;
  resources: AplResourceBlock[];
  layouts?: Record<string, AplLayout>;
  /** Vector graphics (AVG) the document draws by name, e.g. a QR code. */
  graphics?: Record<string, object>;
  mainTemplate: { parameters: string[]; items: AplComponent[] };
}

/** One screen to show: a document, the data it is drawn from, and the token that names it. */
export interface Screen {
  token: string;
  document: AplDocument;
  datasources: Record<string, object>;
  /**
   * A tap on it sends the skill a UserEvent: the answer drawing it leaves the session open
   * (no microphone) instead of ending it, as Alexa requires for touch on a screen.
   */
  touchable?: boolean;
}

/** Whether the Echo that sent this request declares APL (an Echo Show, Spot, a Fire TV…). */
export function supportsApl(input: HandlerInput): boolean {
  const device = input.requestEnvelope.context?.System?.device;
  return device?.supportedInterfaces?.['Alexa.Presentation.APL'] !== undefined;
}

/** The directive that draws a screen. */
export function renderDocumentDirective(
  screen: Screen,
): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: screen.token,
    document: screen.document,
    datasources: screen.datasources,
  };
}
