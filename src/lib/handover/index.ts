export * from './answer-file';
export * from './link';
export type { QrDrawing } from './qr';
export * from './format-answer';
export * from './session';
