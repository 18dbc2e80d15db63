import { useEffect } from 'react';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextField } from '../components/Field';
import { useToast } from '../components/Toasts';
import { useApiMutation, useApiQuery } from '../api/queries';
import { useContractForm } from '../forms/useContractForm';
import { useT } from '../i18n/useT';

/** The folder a wiping station writes to (a USB stick, a share): its files wait in the import queue. */
export function DropFolderSettings() {
  const t = useT();
  const toast = useToast();
  const current = useApiQuery('imports.dropFolder', {});
  const setDropFolder = useApiMutation('imports.setDropFolder');
  const { form, field, submit, problem, setProblem } = useContractForm<'imports.setDropFolder', { folder: string }>(
    'imports.setDropFolder',
    { folder: '' },
  );
  const { reset } = form;
  useEffect(() => reset({ folder: current.data?.folder ?? '' }), [current.data, reset]);
  const save = submit(async ({ folder }) => {
    const result = await setDropFolder.run({ folder: folder.trim() === '' ? null : folder.trim() });
    if (result.ok) toast(t('settings.saved'));
    return result;
  });
  return (
    <form
      className="panel-body form-grid"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <ErrorBanner error={problem} onDismiss={() => setProblem(null)} />
      <TextField
        label={t('imports.ui.dropFolder')}
        hint={t('imports.ui.dropFolderHint')}
        optional
        {...field('folder', t('imports.ui.dropFolder'))}
      />
      <div>
        <Button type="submit" busy={setDropFolder.busy}>
          {t('imports.ui.saveDropFolder')}
        </Button>
      </div>
    </form>
  );
}
