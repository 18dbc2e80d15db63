import type { dashboardContract } from '../../../shared/contract/dashboard';
import type { HandlersFor } from '../dispatch';
import { dashboardCharts } from '../../services/dashboard-charts';

export const dashboardHandlers: HandlersFor<typeof dashboardContract> = {
  'dashboard.charts': (_input, { store }) => dashboardCharts(store),
};
