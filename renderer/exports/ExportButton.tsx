import { useEffect, useRef, useState } from 'react';
import type { ExportJob } from '../../shared/contract/exports';
import type { InventoryFilter, SortColumn } from '../../shared/contract/inventory';
import { EXPORT_FORMATS, mayExport, type ExportDataset, type ExportFormat } from '../../shared/domain/exports';
import type { ApiError } from '../../shared/errors';
import { client, isDesktop } from '../api/transport';
import { useSession } from '../app/session';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { InlineSelect } from '../components/InlineSelect';
import { useFormat } from '../components/format';
import { useT } from '../i18n/useT';
import './exports.css';

export interface ExportButtonProps {
  dataset: ExportDataset;
  /** The inventory's filter and sort as on screen: the file holds every page of that view. */
  filter?: InventoryFilter;
  sort?: { column: SortColumn; direction: 'asc' | 'desc' };
  /** Names the list on the button, where a screen offers more than one export. */
  named?: boolean;
  /** Other lists the same button may export instead, chosen beside it (the filter only applies to the inventory). */
  others?: readonly ExportDataset[];
}

const POLL_MS = 300;

/** Saves the finished file through the browser's download, under the name main chose. */
function download(job: ExportJob): void {
  if (!job.downloadPath) return;
  const link = document.createElement('a');
  link.href = `${job.downloadPath}?name=${encodeURIComponent(job.fileName)}`;
  link.download = job.fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * « Exporter » beside a list: main writes the file (CSV or XLSX) chunk by chunk while the button shows how many
 * rows are written, then the browser downloads it; in the desktop app main asks where to save it (a « Save as »
 * window, `exports.save`), and « Enregistrer… » asks again when that window was cancelled.
 */
export function ExportButton({ dataset: first, filter, sort, named = false, others = [] }: ExportButtonProps) {
  const t = useT();
  const format = useFormat();
  const [fileFormat, setFileFormat] = useState<ExportFormat>('xlsx');
  const [dataset, setDataset] = useState<ExportDataset>(first);
  const [job, setJob] = useState<ExportJob | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const timer = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  const { state } = useSession();
  // The roles that may export this list are the shared rule main applies (`shared/domain/exports.ts`).
  const roles = state.operator?.roles ?? [];
  const choices = [first, ...others].filter((one) => mayExport(one, roles));
  if (choices.length === 0) return null;
  const desktop = isDesktop();

  const save = async (jobId: string) => {
    const saved = await client.call('exports.save', { jobId });
    if (!saved.ok) return setError(saved.error);
    if (saved.value.saved) setSavedAs(saved.value.fileName);
  };

  const follow = (jobId: string) => {
    timer.current = window.setTimeout(async () => {
      const status = await client.call('exports.status', { jobId });
      if (!status.ok) {
        setError(status.error);
        setJob(null);
        return;
      }
      setJob(status.value);
      if (status.value.state === 'running') follow(jobId);
      else if (status.value.state === 'done') {
        if (desktop) void save(jobId);
        else download(status.value);
      }
    }, POLL_MS);
  };

  const start = async () => {
    setError(null);
    setSavedAs(null);
    const view = dataset === 'inventory' ? { ...(filter ? { filter } : {}), ...(sort ? { sort } : {}) } : {};
    const started = await client.call('exports.start', { dataset, format: fileFormat, ...view });
    if (!started.ok) {
      setError(started.error);
      return;
    }
    setJob(started.value);
    follow(started.value.jobId);
  };

  const running = job?.state === 'running';
  return (
    <div className="export-button" data-testid={`export-${first}`}>
      {choices.length > 1 ? (
        <InlineSelect
          label={t('exports.list')}
          value={dataset}
          onChange={setDataset}
          options={choices.map((one) => ({ value: one, label: t(`export.dataset.${one}`) }))}
        />
      ) : null}
      <InlineSelect
        label={t('exports.format')}
        value={fileFormat}
        onChange={setFileFormat}
        options={EXPORT_FORMATS.map((one) => ({ value: one, label: one.toUpperCase() }))}
      />
      <Button onClick={() => void start()} busy={running}>
        {named ? t('exports.buttonNamed', { list: t(`export.dataset.${dataset}`) }) : t('exports.button')}
      </Button>
      {running ? (
        <span className="export-progress" role="status">
          <progress max={Math.max(job.total, 1)} value={job.written} />
          {t('exports.progress', { written: format.number(job.written), total: format.number(job.total) })}
        </span>
      ) : null}
      {job?.state === 'done' ? (
        <span className="export-progress" role="status">
          {t('exports.done', { count: job.written })}{' '}
          {!desktop ? (
            <a href={`${job.downloadPath ?? ''}?name=${encodeURIComponent(job.fileName)}`} download={job.fileName}>
              {t('exports.download')}
            </a>
          ) : savedAs !== null ? (
            t('exports.saved', { file: savedAs })
          ) : (
            <Button onClick={() => void save(job.jobId)}>{t('exports.save')}</Button>
          )}
        </span>
      ) : null}
      {job?.state === 'failed' ? <span role="alert">{t('exports.failed', { reason: job.error ?? '' })}</span> : null}
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
    </div>
  );
}
