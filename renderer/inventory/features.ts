import { rowSelectionFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';

/** The TanStack Table features the inventory uses: sorting (done by the server) and row selection. */
export const inventoryFeatures = tableFeatures({ rowSortingFeature, rowSelectionFeature });
export type InventoryFeatures = typeof inventoryFeatures;
