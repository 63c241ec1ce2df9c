/**
 * The encoder of the `qrcode` package alone (its `create`), without the PNG, SVG and terminal
 * renderers its main entry loads: the table draws the modules itself, as terminal lines.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  import type { QRCode, QRCodeOptions } from 'qrcode';
  export function create(text: string, options?: QRCodeOptions): QRCode;
}
