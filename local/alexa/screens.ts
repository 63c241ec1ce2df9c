/**
 * The screen of an Echo device that declares `Alexa.Presentation.APL`: its shape, size and
 * density as Alexa reports them in `context.Viewport`, and the newest APL version it renders.
 */
export interface EchoScreen {
  shape: 'ROUND' | 'RECTANGLE';
  mode: 'HUB' | 'TV';
  pixelWidth: number;
  pixelHeight: number;
  dpi: number;
  aplMaxVersion: string;
}

/** The viewport object of a request from a device with a screen. */
export interface SimViewport {
  experiences: Array<{ canRotate: boolean; canResize: boolean }>;
  mode: EchoScreen['mode'];
  shape: EchoScreen['shape'];
  pixelWidth: number;
  pixelHeight: number;
  currentPixelWidth: number;
  currentPixelHeight: number;
  dpi: number;
  touch: string[];
  keyboard: string[];
}

const APL_MAX_VERSION = '2024.3';

/** Screens of real devices, from the smallest round one to the largest landscape one. */
export const ECHO_SCREENS = {
  spot: {
    shape: 'ROUND',
    mode: 'HUB',
    pixelWidth: 480,
    pixelHeight: 480,
    dpi: 160,
    aplMaxVersion: APL_MAX_VERSION,
  },
  show5: {
    shape: 'RECTANGLE',
    mode: 'HUB',
    pixelWidth: 960,
    pixelHeight: 480,
    dpi: 160,
    aplMaxVersion: APL_MAX_VERSION,
  },
  show8: {
    shape: 'RECTANGLE',
    mode: 'HUB',
    pixelWidth: 960,
    pixelHeight: 600,
    dpi: 160,
    aplMaxVersion: APL_MAX_VERSION,
  },
  show10: {
    shape: 'RECTANGLE',
    mode: 'HUB',
    pixelWidth: 1280,
    pixelHeight: 800,
    dpi: 160,
    aplMaxVersion: APL_MAX_VERSION,
  },
  show15: {
    shape: 'RECTANGLE',
    mode: 'HUB',
    pixelWidth: 1920,
    pixelHeight: 1080,
    dpi: 160,
    aplMaxVersion: APL_MAX_VERSION,
  },
  show15Portrait: {
    shape: 'RECTANGLE',
    mode: 'HUB',
    pixelWidth: 1080,
    pixelHeight: 1920,
    dpi: 160,
    aplMaxVersion: APL_MAX_VERSION,
  },
  fireTv: {
    shape: 'RECTANGLE',
    mode: 'TV',
    pixelWidth: 1920,
    pixelHeight: 1080,
    dpi: 320,
    aplMaxVersion: APL_MAX_VERSION,
  },
} as const satisfies Record<string, EchoScreen>;

/** What a device with this screen adds to `context.System.device.supportedInterfaces`. */
export function screenInterfaces(screen: EchoScreen): Record<string, unknown> {
  return { 'Alexa.Presentation.APL': { runtime: { maxVersion: screen.aplMaxVersion } } };
}

/** `context.Viewport` as a device with this screen sends it. */
export function viewportOf(screen: EchoScreen): SimViewport {
  return {
    experiences: [{ canRotate: false, canResize: false }],
    mode: screen.mode,
    shape: screen.shape,
    pixelWidth: screen.pixelWidth,
    pixelHeight: screen.pixelHeight,
    currentPixelWidth: screen.pixelWidth,
    currentPixelHeight: screen.pixelHeight,
    dpi: screen.dpi,
    touch: screen.mode === 'HUB' ? ['SINGLE'] : [],
    keyboard: screen.mode === 'TV' ? ['DIRECTION'] : [],
  };
}
