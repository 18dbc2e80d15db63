/** What other screens may use of lending: links to a handover, its papers, a device's handovers, the retention panel. */
export { DeviceHandovers } from './handover-page/DeviceHandovers';
export { HandoverLink, handoverHref } from './handover-page/HandoverLink';
export { RetentionPanel } from './privacy/RetentionPanel';
export { HandoverPapers } from './signature/HandoverPapers';
export { ReturnPapers } from './signature/ReturnPapers';
