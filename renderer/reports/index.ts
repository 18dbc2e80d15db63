/** The report dialog and the buttons that open it, for the screens that show a programme or a donor's batch. */
export { DonorReportButton, ProgrammeReportButton } from './ReportButtons';
