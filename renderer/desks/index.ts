/** What other screens may use of the desks. */
export { scanRefusal } from './components/scanRefusal';
