import { useState } from 'react';
import { LABEL_FORMATS, isLabelFormat, type LabelFormat } from '../../shared/domain/documents';
import {
  DEFAULT_DPI,
  isPrinterDpi,
  PRINTER_DPIS,
  SHEET_LABELS,
  type LabelPrintOptions,
  type PrinterDpi,
} from '../../shared/domain/labels';
import { InlineSelect } from '../components/InlineSelect';
import { useT } from '../i18n/useT';

const FORMAT_KEY = 'rebond.labelFormat';
const GRADE_KEY = 'rebond.labelGrade';
/** Each stock has its own printer: a workstation may print sheets on a laser and rolls on a thermal printer. */
const dpiKey = (format: LabelFormat) => `rebond.labelDpi.${format}`;

/** How this workstation prints labels, remembered between sessions: the stock, its printer's resolution, the grade. */
export interface LabelSettings {
  format: LabelFormat;
  dpi: PrinterDpi;
  grade: boolean;
}

/** The resolution this workstation prints `format` at. */
export function savedDpi(format: LabelFormat): PrinterDpi {
  const saved = Number(localStorage.getItem(dpiKey(format)));
  return isPrinterDpi(saved) ? saved : DEFAULT_DPI[format];
}

export function loadLabelSettings(): LabelSettings {
  const saved = localStorage.getItem(FORMAT_KEY) ?? '';
  const format = isLabelFormat(saved) ? saved : 'a4-3x8';
  return { format, dpi: savedDpi(format), grade: localStorage.getItem(GRADE_KEY) !== 'no' };
}

export function useLabelSettings(): [LabelSettings, (change: Partial<LabelSettings>) => void] {
  const [settings, setSettings] = useState<LabelSettings>(loadLabelSettings);
  return [
    settings,
    (change) => {
      const format = change.format ?? settings.format;
      const next: LabelSettings = {
        format,
        dpi: change.dpi ?? (change.format ? savedDpi(format) : settings.dpi),
        grade: change.grade ?? settings.grade,
      };
      localStorage.setItem(FORMAT_KEY, next.format);
      localStorage.setItem(dpiKey(next.format), String(next.dpi));
      localStorage.setItem(GRADE_KEY, next.grade ? 'yes' : 'no');
      setSettings(next);
    },
  ];
}

/** What the labels document is asked for: the settings, and where a partly used sheet starts. */
export function labelRequest(settings: LabelSettings, start: number): LabelPrintOptions {
  return { dpi: settings.dpi, grade: settings.grade, ...(settings.format === 'a4-3x8' && start > 1 ? { start } : {}) };
}

export function LabelFormatSelect({
  value,
  onChange,
  formats = LABEL_FORMATS,
}: {
  value: LabelFormat;
  onChange: (format: LabelFormat) => void;
  formats?: readonly LabelFormat[];
}) {
  const t = useT();
  return (
    <InlineSelect
      label={t('documents.labelStock')}
      options={formats.map((format) => ({ value: format, label: t(`documents.stock.${format}`) }))}
      value={value}
      onChange={onChange}
    />
  );
}

/**
 * The print dialog of labels, next to their button: the stock, its printer's resolution, the grade and, for an A4
 * sheet, the first free label of a partly used sheet (not remembered: the next sheet starts at 1).
 */
export function LabelPrintControls({
  settings,
  onChange,
  start,
  onStart,
}: {
  settings: LabelSettings;
  onChange: (change: Partial<LabelSettings>) => void;
  start?: number;
  onStart?: (start: number) => void;
}) {
  const t = useT();
  return (
    <>
      <LabelFormatSelect value={settings.format} onChange={(format) => onChange({ format })} />
      <InlineSelect
        label={t('labels.dpi')}
        options={PRINTER_DPIS.map((dpi) => ({ value: String(dpi), label: t('labels.dpiValue', { dpi }) }))}
        value={String(settings.dpi)}
        onChange={(value) => {
          const dpi = Number(value);
          if (isPrinterDpi(dpi)) onChange({ dpi });
        }}
      />
      {settings.format === 'a4-3x8' && onStart ? (
        <label className="inline-select label-start" title={t('labels.startHint')}>
          <span className="inline-select-label">{t('labels.start')}</span>
          <input
            type="number"
            min={1}
            max={SHEET_LABELS}
            value={start ?? 1}
            onChange={(event) => {
              const value = Math.trunc(Number(event.target.value));
              if (value >= 1 && value <= SHEET_LABELS) onStart(value);
            }}
            data-testid="label-start"
          />
        </label>
      ) : null}
      <label className="inline-select label-grade">
        <input
          type="checkbox"
          checked={settings.grade}
          onChange={(event) => onChange({ grade: event.target.checked })}
        />
        <span className="inline-select-label">{t('labels.withGrade')}</span>
      </label>
    </>
  );
}
