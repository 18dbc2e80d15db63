import { SPREADSHEET_FIELDS, type SpreadsheetField } from '../../shared/domain/import-records';
import type { FilePreview } from '../../shared/contract/imports';
import { useT } from '../i18n/useT';

export interface ColumnMappingProps {
  file: FilePreview;
  mapping: Record<string, SpreadsheetField>;
  onChange: (mapping: Record<string, SpreadsheetField>) => void;
}

/** One dropdown per header of a sheet: what the column fills, or nothing. Remembered for sheets with these headers. */
export function ColumnMapping({ file, mapping, onChange }: ColumnMappingProps) {
  const t = useT();
  const sheet = file.spreadsheet;
  if (!sheet) return null;
  return (
    <fieldset className="import-mapping">
      <legend>{t('imports.ui.mapping', { file: file.name })}</legend>
      {sheet.headers.map((header) => (
        <label key={header} className="field">
          <span className="field-label">{header}</span>
          <select
            className="input"
            value={mapping[header] ?? ''}
            onChange={(event) => {
              const next = { ...mapping };
              if (event.target.value === '') delete next[header];
              else next[header] = event.target.value as SpreadsheetField;
              onChange(next);
            }}
          >
            <option value="">{t('imports.ui.ignore')}</option>
            {SPREADSHEET_FIELDS.map((field) => (
              <option key={field} value={field}>
                {t(`imports.field.${field}`)}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
