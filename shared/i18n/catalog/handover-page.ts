import { defineMessages } from '../define';

/** The handover's own page (`#/handovers/<id>`) and the counter's warnings before confirming. */
export const handoverPageMessages = defineMessages({
  fr: {},
  en: {},
});
