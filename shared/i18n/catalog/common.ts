import { defineMessages } from '../define';

export const commonMessages = defineMessages({
  fr: {
    'common.app': 'Rebond',
    'common.lineOf': 'ligne {line}',
    'validation.end_before_start': 'la fin ne peut pas précéder le début',
  },
  en: {
    'common.app': 'Rebond',
    'common.lineOf': 'line {line}',
    'validation.end_before_start': 'the end cannot come before the start',
  },
});
