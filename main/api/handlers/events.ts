import type { eventsContract } from '../../../shared/contract/events';
import type { HandlersFor } from '../dispatch';

export const eventsHandlers: HandlersFor<typeof eventsContract> = {
  'events.forEntity': (input, { store }) => store.events.forEntity(input.entity, input.entityId),
  'events.recent': (input, { store }) => store.events.recent(input.limit),
  'events.verifyChain': (_input, { store }) => store.events.verify(),
};
