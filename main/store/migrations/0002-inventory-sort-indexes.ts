import type { Migration } from './migration';

/**
 * Inventory pages sorted by status, or by tag, must not sort the whole table: give those orders an index ending
 * in the id, like the other sortable columns.
 */
export const inventorySortIndexesMigration: Migration = {
  version: 2,
  name: 'inventory-sort-indexes',
  sql: `
      CREATE INDEX devices_status ON devices (status, id);
      CREATE INDEX devices_asset_tag_order ON devices (asset_tag, id);
    `,
};
