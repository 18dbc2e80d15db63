import { useEffect, useState } from 'react';
import type { OperatorSummary } from '../../../shared/contract/session';
import type { ApiError } from '../../../shared/errors';
import { useSession } from '../../app/session';
import { canCall, useCan } from '../../session/useCan';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useApiFetch } from '../../api/useApiFetch';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { beep } from '../components/beep';
import { Notice } from '../../components/Notice';
import { localProblem } from '../../components/fieldError';
import { AwaitingTable } from './AwaitingTable';
import { HandBack } from './HandBack';
import { refusalToShow, useVerifyErasures } from './useVerifyErasures';
import { VerifyAsDialog } from './VerifyAsDialog';
import { Panel } from '../../components/Panel';

const NONE: never[] = [];

/**
 * The second person's desk: erasures awaiting verification, verified by the signed-in data-security officer or,
 * at a shared workstation, by one who signs in for the occasion. Main refuses the performer; its reason is shown.
 */
export function VerificationPanel({
  deviceId,
  onVerified,
}: {
  deviceId: number | null;
  onVerified: (deviceIds: ReadonlySet<number>) => void;
}) {
  const t = useT();
  const read = useApiFetch();
  const signIn = useApiMutation('session.signIn');
  const session = useSession();
  const verify = useVerifyErasures();
  const awaiting = useApiQuery('erasure.awaitingVerification', {});
  const records = awaiting.data ?? NONE;
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [officers, setOfficers] = useState<OperatorSummary[]>([]);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [done, setDone] = useState<{ count: number; name: string } | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [dialogKey, setDialogKey] = useState(0);
  const [handBackTo, setHandBackTo] = useState<OperatorSummary | null>(null);
  const [notes, setNotes] = useState('');
  const operator = session.state.operator;
  const isOfficer = useCan('erasure.verify');

  // The scanned device's erasures are chosen for verification when it or the list changes.
  const awaitingData = awaiting.data;
  useEffect(() => {
    setSelected(
      new Set((awaitingData ?? NONE).filter((record) => record.deviceId === deviceId).map((record) => record.id)),
    );
  }, [awaitingData, deviceId]);

  const chosen = records.filter((record) => selected.has(record.id));
  const run = async (notes: string) => {
    const outcome = await verify(chosen, notes);
    beep(outcome.refusals.length === 0 ? 'success' : 'error');
    const by = outcome.verified[0]?.verifiedBy?.name ?? '';
    setDone(outcome.verified.length > 0 ? { count: outcome.verified.length, name: by } : null);
    setProblem(refusalToShow(outcome, t('erasureDesk.verifyRefused', { count: outcome.refusals.length })));
    if (outcome.refusals.length === 0) setNotes('');
    onVerified(new Set(outcome.verified.map((record) => record.deviceId)));
  };

  const needSelection = (): boolean => {
    if (chosen.length > 0) return true;
    setProblem(localProblem(t('erasureDesk.selectFirst')));
    return false;
  };

  const openVerifyAs = async () => {
    if (!needSelection()) return;
    const operators = await read('session.operators', {});
    if (!operators.ok) return setProblem(operators.error);
    setOfficers(operators.value.filter((candidate) => candidate.active && canCall(candidate.roles, 'erasure.verify')));
    setDialogKey((key) => key + 1);
    setDialogOpen(true);
  };

  const verifyAs = async (operatorId: number, pin: string, notes: string): Promise<ApiError | null> => {
    const previous = session.state.operator;
    const signed = await signIn.run({ operatorId, pin: pin === '' ? undefined : pin });
    if (!signed.ok) return signed.error;
    session.update(signed.value);
    if (previous && previous.id !== operatorId) setHandBackTo((earlier) => earlier ?? previous);
    setDialogOpen(false);
    await run(notes);
    return null;
  };

  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Panel tone="desk" title={t('erasureDesk.awaitingTitle', { count: records.length })} testId="erasure-verification">
      {handBackTo && handBackTo.id !== operator?.id && (
        <HandBack previous={handBackTo} onDone={() => setHandBackTo(null)} />
      )}
      {records.length === 0 ? (
        <p className="desk-muted">{t('erasureDesk.nothingAwaiting')}</p>
      ) : (
        <AwaitingTable
          records={records}
          selected={selected}
          onToggle={toggle}
          onToggleAll={(all) => setSelected(all ? new Set(records.map((record) => record.id)) : new Set())}
          highlightDeviceId={deviceId}
        />
      )}
      <p className="desk-hint">{isOfficer ? t('erasureDesk.verifyHelpOfficer') : t('erasureDesk.verifyHelpOther')}</p>
      {isOfficer && (
        <TextField
          label={t('erasureFields.verificationNotes')}
          optional
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          autoComplete="off"
          data-testid="verification-notes"
        />
      )}
      <div className="desk-actions">
        {isOfficer && (
          <Button variant="primary" onClick={() => needSelection() && void run(notes)}>
            {t('erasureDesk.verifySelected', { count: chosen.length })}
          </Button>
        )}
        <Button variant={isOfficer ? 'secondary' : 'primary'} onClick={() => void openVerifyAs()}>
          {t('erasureDesk.verifyAs')}
        </Button>
      </div>
      {done && (
        <Notice tone="success" testId="verification-done">
          {t('erasureDesk.verifiedCount', done)}
        </Notice>
      )}
      <ErrorBanner error={problem ?? awaiting.error} />
      <VerifyAsDialog
        key={dialogKey}
        open={dialogOpen}
        officers={officers}
        performerIds={new Set(chosen.map((record) => record.performedBy.id))}
        count={chosen.length}
        onClose={() => setDialogOpen(false)}
        onConfirm={verifyAs}
      />
    </Panel>
  );
}
