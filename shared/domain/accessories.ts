/**
 * The usual accessories, offered as quick buttons at the handover desk (catalogue keys, stored as their label in
 * the desk's language). Anything else is typed at the counter, free text that anonymisation removes.
 */
export const QUICK_ACCESSORIES = [
  'accessory.charger',
  'accessory.case',
  'accessory.mouse',
  'accessory.headphones',
  'accessory.keyboard',
  'accessory.usbCable',
  'accessory.stylus',
] as const;
