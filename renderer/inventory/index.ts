/** What other screens may use of the inventory: links to a filtered view of it. */
export { inventoryHref } from './viewQuery';
