import { useState } from 'react';
import { LABEL_FORMATS, isLabelFormat, type LabelFormat } from '../../shared/domain/documents';
import { InlineSelect } from '../components/InlineSelect';
import { useT } from '../i18n/useT';

const KEY = 'rebond.labelFormat';

/** The label stock this workstation prints on, remembered between sessions (default: the A4 sheet). */
export function useLabelFormat(): [LabelFormat, (format: LabelFormat) => void] {
  const [format, setFormat] = useState<LabelFormat>(() => {
    const saved = localStorage.getItem(KEY) ?? '';
    return isLabelFormat(saved) ? saved : 'a4-3x8';
  });
  return [
    format,
    (next) => {
      localStorage.setItem(KEY, next);
      setFormat(next);
    },
  ];
}

export function LabelFormatSelect({ value, onChange }: { value: LabelFormat; onChange: (format: LabelFormat) => void }) {
  const t = useT();
  return (
    <InlineSelect
      label={t('documents.labelStock')}
      options={LABEL_FORMATS.map((format) => ({ value: format, label: t(`documents.stock.${format}`) }))}
      value={value}
      onChange={onChange}
    />
  );
}
