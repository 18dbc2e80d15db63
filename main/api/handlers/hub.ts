import type { hubContract } from '../../../shared/contract/hub';
import type { HandlersFor } from '../dispatch';
import { listDesks, revokeDesk } from '../../services/hub/desks';
import { setPassword } from '../../services/hub/passwords';
import { createStation, listStations, revokeStation } from '../../services/hub/stations';

export const hubHandlers: HandlersFor<typeof hubContract> = {
  'desks.list': (_input, { store }) => listDesks(store),
  'desks.revoke': (input, { store, actor }) => revokeDesk(store, actor, input.deskId),
  'stations.list': (_input, { store }) => listStations(store),
  'stations.create': (input, { store, actor }) => createStation(store, actor, input.name),
  'stations.revoke': (input, { store, actor }) => revokeStation(store, actor, input.stationId),
  'passwords.set': (input, { store, actor }) => setPassword(store, actor, input.operatorId, input.password),
};
