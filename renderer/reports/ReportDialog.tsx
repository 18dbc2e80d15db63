import { Controller } from 'react-hook-form';
import type { ApiResult } from '../../shared/errors';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { downloadBase64 } from '../components/download';
import { EntityDialog } from '../components/EntityDialog';
import { blankFieldError } from '../components/fieldError';
import { TextField } from '../components/Field';
import { useToast } from '../components/Toasts';
import { useContractForm } from '../forms/useContractForm';
import { useT } from '../i18n/useT';
import type { ReportPeriod } from './period';

/** What `reports.programme` and `reports.donor` answer: the file, ready to save. */
export interface ReportFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export interface ReportValues<F extends string> extends ReportPeriod {
  format: F;
}

export interface ReportDialogProps<F extends string> {
  /** The method whose field limits the form follows. */
  method: 'reports.programme' | 'reports.donor';
  title: string;
  /** What the period counts, under the two days. */
  hint: string;
  /** The formats main makes for this report, from the contract's constant; the first is chosen by default. */
  formats: readonly F[];
  period: ReportPeriod;
  busy: boolean;
  generate: (values: ReportValues<F>) => Promise<ApiResult<ReportFile>>;
  onClose: () => void;
}

/**
 * The one report dialog: the period (two days), the file's format, « Générer »; main makes the file, which is then
 * saved (a download in the browser, the « Save as » window in the desktop app) and the dialog closes. A refusal
 * (a day missing, the end before the start, a role that may not) stays in the dialog's red banner, the field named.
 */
export function ReportDialog<F extends string>({
  method,
  title,
  hint,
  formats,
  period,
  busy,
  generate,
  onClose,
}: ReportDialogProps<F>) {
  const t = useT();
  const toast = useToast();
  const first = formats[0];
  const { form, field, submit, problem, setProblem, invalid } = useContractForm<typeof method, ReportValues<string>>(
    method,
    { ...period, format: first ?? '' },
  );

  const save = submit(async (values) => {
    const blank = blankFieldError(t, [
      { path: 'from', value: values.from, label: t('field.from') },
      { path: 'to', value: values.to, label: t('field.to') },
    ]);
    if (blank) return blank;
    const result = await generate(values as ReportValues<F>);
    if (result.ok) {
      downloadBase64(result.value.fileName, result.value.mimeType, result.value.base64);
      toast(t('reports.ready', { file: result.value.fileName }));
      onClose();
    }
    return result;
  });

  const formatLabel = (format: string) =>
    format === 'pdf' || format === 'xlsx' ? t(`reports.format.${format}`) : format.toUpperCase();

  return (
    <EntityDialog
      open
      title={title}
      onClose={onClose}
      onSubmit={save}
      busy={busy}
      submitLabel={t('reports.generate')}
      problem={problem}
      onDismissProblem={() => setProblem(null)}
    >
      <div className="form-grid two" data-testid="report-period">
        <TextField label={t('field.from')} type="date" {...field('from', t('field.from'))} />
        <TextField label={t('field.to')} type="date" {...field('to', t('field.to'))} />
      </div>
      <p className="field-hint">{hint}</p>
      {formats.length > 1 ? (
        <Controller
          control={form.control}
          name="format"
          render={({ field: format }) => (
            <ChoiceGroup
              name="report-format"
              legend={t('reports.format')}
              choices={formats.map((value) => ({ value, label: formatLabel(value) }))}
              value={format.value as F}
              onChange={format.onChange}
              invalid={invalid('format')}
              testId="report-format"
            />
          )}
        />
      ) : first !== undefined ? (
        <p data-testid="report-format">{t('reports.onlyFormat', { format: formatLabel(first) })}</p>
      ) : null}
    </EntityDialog>
  );
}
