import { z } from 'zod';
import { DEVICE_STATES, type DeviceState } from '../domain/lifecycle';
import {
  APPEARANCE_GRADES,
  DEVICE_KINDS,
  type AppearanceGrade,
  type DeviceKind,
  type FunctionalResult,
} from '../domain/values';
import { method } from './define';
import { id, searchText } from './fields';

/** One row of the inventory table. */
export interface DeviceSummary {
  id: number;
  assetTag: string;
  kind: DeviceKind;
  status: DeviceState;
  serial: string;
  imei: string;
  make: string;
  model: string;
  grade: AppearanceGrade | null;
  functional: FunctionalResult | null;
  batchId: number;
  batchCode: string;
  siteId: number;
  location: string;
  receivedOn: string;
  updatedAt: string;
}

export const SORT_COLUMNS = [
  'assetTag',
  'kind',
  'status',
  'make',
  'model',
  'grade',
  'receivedOn',
  'updatedAt',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export const inventoryFilter = z.object({
  statuses: z.array(z.enum(DEVICE_STATES)).max(DEVICE_STATES.length).default([]),
  kinds: z.array(z.enum(DEVICE_KINDS)).max(DEVICE_KINDS.length).default([]),
  grades: z.array(z.enum(APPEARANCE_GRADES)).max(APPEARANCE_GRADES.length).default([]),
  siteId: id.nullable().default(null),
  batchId: id.nullable().default(null),
});
export type InventoryFilter = z.input<typeof inventoryFilter>;

export interface InventoryPage {
  rows: DeviceSummary[];
  /** Opaque; pass it back to get the next page, null when this was the last one. */
  nextCursor: string | null;
}

export interface SearchResult {
  /** The device whose tag, serial or IMEI equals the query: a scan jumps straight to it. */
  exact: DeviceSummary | null;
  rows: DeviceSummary[];
}

export const inventoryContract = {
  'inventory.list': method<InventoryPage>()({
    input: z.object({
      filter: inventoryFilter.default({ statuses: [], kinds: [], grades: [], siteId: null, batchId: null }),
      sort: z
        .object({ column: z.enum(SORT_COLUMNS), direction: z.enum(['asc', 'desc']) })
        .default({ column: 'updatedAt', direction: 'desc' }),
      limit: z.number().int().min(1).max(500).default(100),
      cursor: z.string().max(400).nullable().default(null),
    }),
  }),
  'inventory.count': method<{ total: number }>()({
    input: z.object({
      filter: inventoryFilter.default({ statuses: [], kinds: [], grades: [], siteId: null, batchId: null }),
    }),
  }),
  /** The search box: asset tag, serial or IMEI, by prefix or by any fragment of three characters or more. */
  'inventory.search': method<SearchResult>()({
    input: z.object({ query: searchText(80, 1), limit: z.number().int().min(1).max(100).default(20) }),
  }),
  'inventory.countsByStatus': method<Record<DeviceState, number>>()({ input: z.object({}) }),
};
