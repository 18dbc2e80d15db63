import {
  BACKUP_STATES,
  COMMAND_TECHNIQUES,
  OS_VERSION_TECHNIQUES,
  type BackupState,
} from '../../../shared/domain/sanitisation';
import type { ErasureTechnique } from '../../../shared/domain/values';
import type { ApiError } from '../../../shared/errors';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { isFieldInError } from '../../components/fieldError';
import { useT } from '../../i18n/useT';

/** What the erasure certificate prints besides the method: NIST SP 800-88's backup, classification after, command, notes. */
export interface CertificateDetails {
  backup: BackupState;
  backupLocation: string;
  classificationAfter: string;
  command: string;
  osVersion: string;
  notes: string;
}

export function initialDetails(classificationAfter: string): CertificateDetails {
  return { backup: 'unknown', backupLocation: '', classificationAfter, command: '', osVersion: '', notes: '' };
}

/** The details as `erasure.record` takes them: only the fields that mean something for this technique. */
export function detailsInput(details: CertificateDetails, technique: ErasureTechnique) {
  return {
    backup: details.backup,
    backupLocation: details.backup === 'yes' ? details.backupLocation : null,
    classificationAfter: details.classificationAfter,
    command: COMMAND_TECHNIQUES.includes(technique) ? details.command : null,
    osVersion: OS_VERSION_TECHNIQUES.includes(technique) ? details.osVersion : null,
    notes: details.notes,
  };
}

export function CertificateFields({
  details,
  technique,
  onChange,
  error,
}: {
  details: CertificateDetails;
  technique: ErasureTechnique;
  onChange: (details: CertificateDetails) => void;
  error: ApiError | null;
}) {
  const t = useT();
  const set = <K extends keyof CertificateDetails>(key: K, value: CertificateDetails[K]) =>
    onChange({ ...details, [key]: value });
  return (
    <>
      {COMMAND_TECHNIQUES.includes(technique) && (
        <TextField
          label={t('erasureFields.command')}
          hint={t('erasureFields.commandHint')}
          optional
          value={details.command}
          onChange={(e) => set('command', e.target.value)}
          invalid={isFieldInError(error, 'command')}
          autoComplete="off"
          spellCheck={false}
        />
      )}
      {OS_VERSION_TECHNIQUES.includes(technique) && (
        <TextField
          label={t('erasureFields.osVersion')}
          hint={t('erasureFields.osVersionHint')}
          optional
          value={details.osVersion}
          onChange={(e) => set('osVersion', e.target.value)}
          invalid={isFieldInError(error, 'osVersion')}
          autoComplete="off"
        />
      )}
      <div className="desk-row">
        <SelectField<BackupState>
          label={t('erasureFields.backup')}
          value={details.backup}
          onChange={(value) => set('backup', value)}
          options={BACKUP_STATES.map((state) => ({ value: state, label: t(`backup.${state}`) }))}
        />
        {details.backup === 'yes' && (
          <TextField
            label={t('erasureFields.backupLocation')}
            hint={t('erasureFields.backupLocationHint')}
            value={details.backupLocation}
            onChange={(e) => set('backupLocation', e.target.value)}
            invalid={isFieldInError(error, 'backupLocation')}
            autoComplete="off"
          />
        )}
        <TextField
          label={t('erasureFields.classificationAfter')}
          optional
          value={details.classificationAfter}
          onChange={(e) => set('classificationAfter', e.target.value)}
          invalid={isFieldInError(error, 'classificationAfter')}
          autoComplete="off"
        />
      </div>
      <TextAreaField
        label={t('erasureFields.notes')}
        optional
        rows={2}
        value={details.notes}
        onChange={(e) => set('notes', e.target.value)}
        invalid={isFieldInError(error, 'notes')}
      />
    </>
  );
}
