import { useEffect, useRef, useState } from 'react';
import type { DeviceDetail } from '../../../shared/contract/devices';
import type { RecyclingRecord } from '../../../shared/contract/recycling';
import type { ApiError } from '../../../shared/errors';
import type { ScreenProps } from '../../app/routes';
import { useApiMutation } from '../../api/queries';
import { useApiFetch } from '../../api/useApiFetch';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/useT';
import { beep } from '../components/beep';
import type { DeskMessage } from '../components/deskMessage';
import { DeviceScanBar } from '../components/DeviceScanBar';
import { Notice } from '../../components/Notice';
import '../components/desks.css';
import { PickupForm } from './PickupForm';
import { RecyclingList } from './RecyclingList';
import { useSelection } from './useSelection';
import { ExportButton } from '../../exports/ExportButton';
import { Panel } from '../../components/Panel';

const refusalsOf = (error: ApiError) =>
  new Map((error.refusals ?? []).map((refusal) => [refusal.deviceId, refusal.message]));

/**
 * Gather the devices leaving with the recycler (scanned one after another, or all those waiting), send the
 * scanned ones to recycling when needed (confirmed first: it takes them out of circulation), then record the
 * pickup for the ticked set.
 */
export function RecyclingDesk(_props: ScreenProps) {
  const t = useT();
  const read = useApiFetch();
  const applyAction = useApiMutation('devices.applyAction', { invalidates: ['inventory'] });
  const selection = useSelection();
  const scanRef = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<DeskMessage | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [toSend, setToSend] = useState<number[] | null>(null);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<ApiError | null>(null);
  useEffect(() => scanRef.current?.focus(), []);

  const onDevice = (device: DeviceDetail) => {
    const known = selection.entries.some((entry) => entry.device.id === device.id);
    selection.put([{ device, allowedActions: device.allowedActions }]);
    setNotice(known ? { key: 'recyclingDesk.alreadyListed', params: { assetTag: device.assetTag } } : null);
    setError(null);
    requestAnimationFrame(() => scanRef.current?.focus());
  };

  const loadWaiting = async () => {
    const page = await read('inventory.list', { filter: { statuses: ['to_recycle'] }, limit: 500 });
    if (!page.ok) return setError(page.error);
    selection.put(page.value.rows.map((device) => ({ device, allowedActions: null })));
    setNotice({ key: 'recyclingDesk.loaded', params: { count: page.value.rows.length } });
  };

  const send = async (ids: number[]) => {
    setSending(true);
    const result = await applyAction.run({ deviceIds: ids, action: 'send_to_recycling' });
    if (!result.ok) {
      setSending(false);
      beep('error');
      setSendError(result.error);
      selection.markRefusals(refusalsOf(result.error));
      return;
    }
    const fresh = await Promise.all(result.value.changed.map((changed) => read('devices.get', { id: changed.id })));
    selection.put(
      fresh.flatMap((detail) =>
        detail.ok ? [{ device: detail.value, allowedActions: detail.value.allowedActions }] : [],
      ),
    );
    setSending(false);
    setToSend(null);
    beep('success');
    setError(null);
    setNotice({ key: 'recyclingDesk.sent', params: { count: result.value.changed.length } });
    scanRef.current?.focus();
  };

  const onRecorded = (record: RecyclingRecord, ids: number[]) => {
    selection.remove(ids);
    setError(null);
    const params = { count: record.deviceCount, recycler: record.recycler, certificate: record.certificateRef ?? '' };
    setNotice({
      key: record.certificateRef ? 'recyclingDesk.recorded' : 'recyclingDesk.recordedNoCertificate',
      params,
    });
    scanRef.current?.focus();
  };

  const ticked = selection.entries.filter((entry) => entry.checked).map((entry) => entry.device.id);
  const sendable = selection.entries
    .filter((entry) => entry.device.status !== 'to_recycle' && entry.allowedActions?.includes('send_to_recycling'))
    .map((entry) => entry.device.id);
  const askToSend = (ids: number[]) => {
    setSendError(null);
    setToSend(ids);
  };

  return (
    <div className="desk desk-recycling">
      <PageHeader title={t('recyclingDesk.title')} actions={<ExportButton dataset="recycling" named />} />
      <div className="desk-columns">
        <div className="desk-main">
          <DeviceScanBar id="recycling-scan" label={t('desk.scanDevice')} inputRef={scanRef} onDevice={onDevice} />
          <div className="desk-actions">
            <Button onClick={() => void loadWaiting()}>{t('recyclingDesk.loadWaiting')}</Button>
            {sendable.length > 0 && (
              <Button variant="danger" onClick={() => askToSend(sendable)}>
                {t('recyclingDesk.sendAll', { count: sendable.length })}
              </Button>
            )}
          </div>
          {notice && (
            <Notice tone="success" testId="recycling-notice">
              {t(notice.key, notice.params)}
            </Notice>
          )}
          <ErrorBanner error={error} />
          <Panel
            tone="desk"
            title={t('recyclingDesk.listTitle', { count: selection.entries.length, ticked: ticked.length })}
          >
            <RecyclingList
              entries={selection.entries}
              onToggle={selection.toggle}
              onSend={askToSend}
              onRemove={(id) => selection.remove([id])}
            />
          </Panel>
        </div>
        <aside className="desk-side">
          <PickupForm
            deviceIds={ticked}
            onRecorded={(record) => onRecorded(record, ticked)}
            onRefused={(refusal) => selection.markRefusals(refusalsOf(refusal))}
          />
          <p className="field-hint">{t('recyclingDesk.rule')}</p>
        </aside>
      </div>
      <ConfirmDialog
        open={toSend !== null}
        title={t('recyclingDesk.confirmSendTitle', { count: toSend?.length ?? 0 })}
        message={t('recyclingDesk.confirmSend')}
        confirmLabel={t('action.send_to_recycling')}
        tone="danger"
        busy={sending}
        error={sendError}
        onConfirm={() => toSend && void send(toSend)}
        onCancel={() => setToSend(null)}
      />
    </div>
  );
}
