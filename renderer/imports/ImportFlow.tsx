import { useCallback, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import type { ImportCommitResult, ImportPreview } from '../../shared/contract/imports';
import type { SpreadsheetField } from '../../shared/domain/import-records';
import type { ApiError } from '../../shared/errors';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { useFormat } from '../components/format';
import { PageHeader } from '../components/PageHeader';
import { useApiMutation, useApiQuery } from '../api/queries';
import { useApiFetch } from '../api/useApiFetch';
import { useT } from '../i18n/useT';
import { ColumnMapping } from './ColumnMapping';
import { downloadText, readChosen, type ChosenFile } from './files';
import { PreviewTable } from './PreviewTable';
import './imports.css';

/** Drop or choose files, see what will happen, map a sheet's columns, confirm once. */
type Mappings = Record<string, Record<string, SpreadsheetField>>;

export function ImportFlow({
  initialBatch,
  initialFiles = [],
  queueIds = [],
}: {
  initialBatch: number | null;
  initialFiles?: ChosenFile[];
  queueIds?: number[];
}) {
  const t = useT();
  const format = useFormat();
  const read = useApiFetch();
  const commit = useApiMutation('imports.commit', { invalidates: ['devices', 'inventory', 'batches', 'erasure'] });
  const inputId = useId();
  const batches = useApiQuery('batches.list', { includeClosed: false });
  const [batchId, setBatchId] = useState<number | null>(initialBatch);
  const [files, setFiles] = useState<ChosenFile[]>(initialFiles);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [done, setDone] = useState<ImportCommitResult | null>(null);
  const [mappings, setMappings] = useState<Mappings>({});
  const [targets, setTargets] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  /** A preview is a read asked for when the files or the choices change. */
  const [previewing, setPreviewing] = useState(false);
  const busy = previewing || commit.busy;

  const request = useCallback(
    (chosen: ChosenFile[], nextMappings: Mappings, nextTargets: Record<string, string>) => ({
      batchId,
      files: chosen,
      mappings: nextMappings,
      targets: Object.fromEntries(Object.entries(nextTargets).filter(([, tag]) => tag.trim() !== '')),
    }),
    [batchId],
  );

  const runPreview = useCallback(
    async (chosen: ChosenFile[], nextMappings: Mappings, nextTargets: Record<string, string>) => {
      if (chosen.length === 0) return;
      setPreviewing(true);
      const result = await read('imports.preview', request(chosen, nextMappings, nextTargets));
      setPreviewing(false);
      setDone(null);
      if (result.ok) {
        setError(null);
        setPreview(result.value as unknown as ImportPreview);
      } else setError(result.error);
    },
    [read, request],
  );

  const runPreviewRef = useRef(runPreview);
  runPreviewRef.current = runPreview;
  const openedWith = useRef(initialFiles);
  // A file opened from the review queue is previewed at once (once: the files it opened with).
  useEffect(() => {
    if (openedWith.current.length > 0) void runPreviewRef.current(openedWith.current, {}, {});
  }, []);

  const add = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const chosen = [...files, ...(await readChosen(list))];
    setFiles(chosen);
    await runPreview(chosen, mappings, targets);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    void add(event.dataTransfer.files);
  };

  const confirm = async () => {
    const result = await commit.run({ ...request(files, mappings, targets), queueIds });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const committed = result.value as unknown as ImportCommitResult;
    setDone(committed);
    setPreview(committed);
  };

  const rows = preview?.files.flatMap((file) => file.rows) ?? [];
  const counts = preview?.counts;
  const accepted = counts ? counts.create + counts.update + counts.attach_erasure : 0;
  return (
    <div className="imports-page">
      <PageHeader title={t('imports.ui.title')} subtitle={t('imports.ui.subtitle')} focusOnMount />
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <div className="imports-toolbar">
        <label className="field">
          <span className="field-label">{t('imports.ui.batch')}</span>
          <select
            className="input"
            value={batchId ?? ''}
            onChange={(event) => setBatchId(event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">{t('imports.ui.noBatch')}</option>
            {(batches.data ?? []).map((batch) => (
              <option key={batch.id} value={batch.id}>
                {batch.code} · {batch.donorName}
              </option>
            ))}
          </select>
        </label>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop zone for the mouse; the file button inside it does the same from the keyboard. */}
        <div className="imports-drop" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
          <label htmlFor={inputId}>{t('imports.ui.drop')}</label>
          <input id={inputId} type="file" multiple onChange={(event) => void add(event.target.files)} />
        </div>
      </div>
      {files.length > 0 ? <p className="imports-files">{files.map((file) => file.name).join(', ')}</p> : null}
      {preview?.files.map((file) =>
        file.spreadsheet ? (
          <ColumnMapping
            key={file.name}
            file={file}
            mapping={mappings[file.name] ?? (file.spreadsheet.mapping as Record<string, SpreadsheetField>)}
            onChange={(mapping) => {
              const next = { ...mappings, [file.name]: mapping };
              setMappings(next);
              void runPreview(files, next, targets);
            }}
          />
        ) : null,
      )}
      {preview?.files
        .filter((file) => file.alreadyImported)
        .map((file) => (
          <p key={file.name} className="notice">
            {t('imports.ui.already', {
              file: file.name,
              date: format.shortDay(file.alreadyImported?.at.slice(0, 10) ?? ''),
            })}
          </p>
        ))}
      {preview ? (
        <>
          <p className="imports-counts" data-testid="import-counts">
            {(['create', 'update', 'attach_erasure', 'unchanged', 'refuse'] as const)
              .map((action) => `${t(`imports.action.${action}`)} : ${counts?.[action] ?? 0}`)
              .join(' · ')}
          </p>
          <PreviewTable
            rows={rows}
            targets={targets}
            onTarget={(key, tag) => setTargets((current) => ({ ...current, [key]: tag }))}
          />
          <div className="imports-actions">
            <Button onClick={() => void runPreview(files, mappings, targets)} busy={busy}>
              {t('imports.ui.refresh')}
            </Button>
            {preview.files
              .filter((file) => file.refusedCsv)
              .map((file) => (
                <Button
                  key={file.name}
                  onClick={() => downloadText(`${file.name.replace(/\.[^.]+$/, '')}-refus.csv`, file.refusedCsv ?? '')}
                >
                  {t('imports.ui.downloadRefused', { file: file.name })}
                </Button>
              ))}
            {done ? (
              <p role="status">{t(`imports.ui.done.${format.plural(accepted)}`, { count: accepted })}</p>
            ) : (
              <Button variant="primary" busy={busy} disabled={accepted === 0} onClick={() => void confirm()}>
                {t(`imports.ui.confirm.${format.plural(accepted)}`, { count: accepted })}
              </Button>
            )}
          </div>
        </>
      ) : null}
    </div>
  );
}
