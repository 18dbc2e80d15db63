/**
 * `/PrintScaling /None` in the document's viewer preferences: the print dialog of a conforming viewer (Acrobat,
 * Chromium's and Firefox's viewers, Preview) then offers "actual size" instead of "fit to page", which would
 * shrink a label's bars off the printer's dots. pdfkit has no option for it: it keeps the preferences dictionary
 * (`displayTitle` creates it) as an object whose data it writes when the document ends, and writes a JavaScript
 * string as a PDF name.
 */
interface ViewerPreferences {
  data: Record<string, unknown>;
}

export function printAtActualSize(doc: PDFKit.PDFDocument): void {
  const root = (doc as unknown as { _root?: { data?: { ViewerPreferences?: ViewerPreferences } } })._root;
  const preferences = root?.data?.ViewerPreferences;
  if (!root?.data) return;
  if (preferences) preferences.data.PrintScaling = 'None';
  else root.data.ViewerPreferences = doc.ref({ PrintScaling: 'None' }) as unknown as ViewerPreferences;
}
