import { isLabelFormat, LABEL_FORMATS } from '../../../shared/domain/documents';
import type { DeviceKind } from '../../../shared/domain/values';
import { defineKind } from '../kind';
import { drawLabel, type LabelContent } from '../labels/draw';
import { LABEL_STOCKS, labelPosition } from '../labels/stock';
import { endPdf, openPdf } from '../pdf/base';
import { subjectDevices } from '../subjects';

interface LabelDevice {
  assetTag: string;
  kind: DeviceKind;
  make: string;
  model: string;
  grade: string | null;
}

/**
 * Asset labels for a device, a batch or a selection: one label per device, on an A4 sheet of 3 × 8, a 62 mm roll
 * or Dymo labels, printed at the stock's exact size. No page frame: the paper is the labels.
 */
export const labelsKind = defineKind<LabelDevice[]>({
  kind: 'labels',
  subjectTypes: ['device', 'batch', 'selection'],
  formats: LABEL_FORMATS,
  load(store, subject) {
    const devices = subjectDevices(store, subject);
    return {
      data: devices.map(({ assetTag, kind, make, model, grade }) => ({ assetTag, kind, make, model, grade })),
      deviceIds: devices.map((device) => device.id),
    };
  },
  render({ data, format, t, lang, issuedAt, reference, organisation }) {
    const stock = LABEL_STOCKS[isLabelFormat(format) ? format : 'a4-3x8'];
    const doc = openPdf({
      lang,
      title: `${t('documentKind.labels')} ${reference}`,
      author: organisation.name,
      issuedAt,
      size: stock.page,
      margins: { top: 0, right: 0, bottom: 0, left: 0 },
    });
    let page = -1;
    data.forEach((device, index) => {
      const position = labelPosition(stock, index);
      if (position.page !== page) {
        doc.addPage();
        page = position.page;
      }
      const kind = t(`labels.kind.${device.kind}`);
      const model = [device.make, device.model].filter(Boolean).join(' ');
      const grade = device.grade ? t('labels.grade', { grade: device.grade }) : t('labels.ungraded');
      const content: LabelContent = {
        assetTag: device.assetTag,
        model: model || kind,
        detail: model ? `${grade} · ${kind}` : grade,
        owner: organisation.name,
      };
      drawLabel(doc, content, { x: position.x, y: position.y, width: stock.width, height: stock.height }, stock.style);
    });
    return endPdf(doc);
  },
});
