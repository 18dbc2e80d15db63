import type { adminContract } from '../../../shared/contract/admin';
import type { HandlersFor } from '../dispatch';
import { createOperator, createSite, listOperators, updateOperator, updateSite } from '../../services/people';
import { readSettings, updateSettings } from '../../services/settings';

export const adminHandlers: HandlersFor<typeof adminContract> = {
  'sites.list': (_input, { store }) => store.people.listSites(),
  'sites.create': (input, { store, actor }) => createSite(store, actor, input),
  'sites.update': (input, { store, actor }) => updateSite(store, actor, input),
  'operators.list': (_input, { store }) => listOperators(store, false),
  'operators.create': (input, { store, actor }) => createOperator(store, actor, input),
  'operators.update': (input, { store, actor }) => updateOperator(store, actor, input),
  'settings.get': (_input, { store }) => readSettings(store),
  'settings.update': (input, { store, actor }) => updateSettings(store, actor, input),
};
