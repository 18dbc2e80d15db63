import { isLabelFormat, LABEL_FORMATS, type DocumentSubject } from '../../../shared/domain/documents';
import { DEFAULT_DPI, UNLABELLED_STATUSES } from '../../../shared/domain/labels';
import type { DeviceKind } from '../../../shared/domain/values';
import { DomainError } from '../../errors';
import type { Store } from '../../store/store';
import { defineKind } from '../kind';
import { drawLabel, type LabelContent } from '../labels/draw';
import { LABEL_STOCKS, labelPosition } from '../labels/stock';
import { endPdf, openPdf } from '../pdf/base';
import { dotGrid } from '../pdf/dot-grid';
import { printAtActualSize } from '../pdf/viewer-preferences';
import { subjectDevices } from '../subjects';

interface LabelDevice {
  assetTag: string;
  kind: DeviceKind;
  make: string;
  model: string;
  grade: string | null;
}

/**
 * The devices to label. A device that has left for good (recycled, lost or stolen) gets no label: asked for by
 * itself it is refused by name, in a batch or a selection it is left out.
 */
function devicesToLabel(store: Store, subject: DocumentSubject) {
  const devices = subjectDevices(store, subject);
  const kept = devices.filter((device) => !UNLABELLED_STATUSES.includes(device.status));
  const [gone] = devices;
  if (subject.type === 'device' && gone && kept.length === 0) {
    throw new DomainError('label_device_gone', { assetTag: gone.assetTag, state: `state.${gone.status}` }, 'subject');
  }
  if (devices.length > 0 && kept.length === 0) throw new DomainError('labels_all_gone', {}, 'subject');
  return kept;
}

/**
 * Asset labels for a device, a batch or a selection: one label per device, on an A4 sheet of 3 × 8 (from any free
 * place of a partly used sheet), a 62 mm roll or Dymo labels, printed at the stock's exact size with both codes on
 * the printer's dots. No page frame: the paper is the labels.
 */
export const labelsKind = defineKind<LabelDevice[]>({
  kind: 'labels',
  subjectTypes: ['device', 'batch', 'selection'],
  formats: LABEL_FORMATS,
  load(store, subject) {
    const devices = devicesToLabel(store, subject);
    return {
      data: devices.map(({ assetTag, kind, make, model, grade }) => ({ assetTag, kind, make, model, grade })),
      deviceIds: devices.map((device) => device.id),
    };
  },
  render({ data, format, t, lang, issuedAt, reference, organisation, labels = {} }) {
    const stockName = isLabelFormat(format) ? format : 'a4-3x8';
    const stock = LABEL_STOCKS[stockName];
    const start = labels.start ?? 1;
    if (start > 1 && stock.columns * stock.rows === 1)
      throw new DomainError('labels_start_sheet_only', {}, 'labels.start');
    const grid = dotGrid(labels.dpi ?? DEFAULT_DPI[stockName]);
    const doc = openPdf({
      lang,
      title: `${t('documentKind.labels')} ${reference}`,
      author: organisation.name,
      issuedAt,
      size: stock.page,
      margins: { top: 0, right: 0, bottom: 0, left: 0 },
    });
    printAtActualSize(doc);
    let page = -1;
    data.forEach((device, index) => {
      const position = labelPosition(stock, start - 1 + index);
      if (position.page !== page) {
        doc.addPage();
        page = position.page;
      }
      const kind = t(`labels.short.${device.kind}`);
      const model = [device.make, device.model].filter(Boolean).join(' ');
      const grade = labels.grade !== false && device.grade ? t('labels.grade', { grade: device.grade }) : null;
      const content: LabelContent = {
        assetTag: device.assetTag,
        model: model || kind,
        detail: [grade, model ? kind : null].filter(Boolean).join(' · ') || kind,
        owner: organisation.name,
      };
      drawLabel(
        doc,
        content,
        { x: position.x, y: position.y, width: stock.width, height: stock.height },
        stock.style,
        grid,
      );
    });
    return endPdf(doc);
  },
});
