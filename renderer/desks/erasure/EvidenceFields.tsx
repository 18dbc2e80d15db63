import { useState } from 'react';
import { TextAreaField, TextField } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { sha256Hex } from './sha256';

export interface Evidence {
  text: string;
  sha256: string | null;
  fileName: string | null;
}

export const NO_EVIDENCE: Evidence = { text: '', sha256: null, fileName: null };

/**
 * The proof of an erasure: the tool's report pasted as text, and optionally its file, of which only the SHA-256
 * fingerprint leaves this workstation.
 */
export function EvidenceFields({
  evidence,
  onChange,
  invalid,
}: {
  evidence: Evidence;
  onChange: (evidence: Evidence) => void;
  invalid: boolean;
}) {
  const t = useT();
  const [hashing, setHashing] = useState(false);
  const pick = async (file: File | undefined) => {
    if (!file) {
      onChange({ ...evidence, sha256: null, fileName: null });
      return;
    }
    setHashing(true);
    const sha256 = await sha256Hex(file);
    setHashing(false);
    onChange({ ...evidence, sha256, fileName: file.name });
  };
  const fileHint = hashing
    ? t('erasureDesk.hashing')
    : evidence.sha256
      ? t('erasureDesk.evidenceHash', { name: evidence.fileName ?? '', hash: evidence.sha256 })
      : t('erasureDesk.evidenceFileHint');
  return (
    <div className="desk-row desk-evidence">
      <TextAreaField
        label={t('erasureDesk.evidenceText')}
        optional
        hint={t('erasureDesk.evidenceHint')}
        rows={3}
        value={evidence.text}
        onChange={(event) => onChange({ ...evidence, text: event.target.value })}
        spellCheck={false}
        className="desk-mono"
      />
      <div data-testid="erasure-evidence-file">
        <TextField
          label={t('erasureDesk.evidenceFile')}
          optional
          type="file"
          invalid={invalid}
          hint={fileHint}
          onChange={(event) => void pick(event.target.files?.[0])}
        />
      </div>
    </div>
  );
}
