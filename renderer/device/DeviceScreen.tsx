import { useEffect, useState } from 'react';
import type { ScreenProps } from '../app/routes';
import { StatusBadge } from '../components/Badge';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { EventList } from '../components/EventList';
import { PageHeader } from '../components/PageHeader';
import { useApiQuery } from '../api/queries';
import { DeviceDocuments } from '../documents/DeviceDocuments';
import { DeviceHandovers } from '../lending';
import { useT } from '../i18n/useT';
import { DeviceActions } from './DeviceActions';
import { DeviceFacts } from './DeviceFacts';
import { CorrectIdentityDialog } from './CorrectIdentityDialog';
import { EditDeviceDialog } from './EditDeviceDialog';
import { useMayCorrect } from './useMayCorrect';
import { VoidDeviceDialog } from './VoidDeviceDialog';
import { ErasureRecords } from './ErasureRecords';
import { MediaSection } from './MediaSection';
import { Readiness } from './Readiness';
import { RefurbishmentRecords } from './RefurbishmentRecords';
import { Panel } from '../components/Panel';
import './device.css';

/** Everything about one device (`#/device/<tag>`): identity, erasure proof, bench work, history, what can be done next. */
export function DeviceScreen({ param }: ScreenProps) {
  const t = useT();
  const loaded = useApiQuery('devices.get', { assetTag: param ?? '' });
  const [editing, setEditing] = useState(false);
  const [correcting, setCorrecting] = useState<'identity' | 'void' | null>(null);
  const mayCorrect = useMayCorrect();
  const device = loaded.data;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing =
        event.target instanceof HTMLInputElement ||
        event.target instanceof HTMLTextAreaElement ||
        event.target instanceof HTMLSelectElement;
      if (typing || event.ctrlKey || event.altKey || event.metaKey || document.querySelector('dialog[open]')) return;
      if (event.key === 'e' || event.key === 'E') {
        event.preventDefault();
        setEditing(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="device-page">
      {/* biome-ignore lint/a11y/useValidAnchor: a link to the inventory that goes back in history when there is one, keeping the list's filters. */}
      <a
        className="back-link"
        href="#/inventory"
        onClick={(event) => {
          if (window.history.length > 1) {
            event.preventDefault();
            window.history.back();
          }
        }}
      >
        ← {t('device.back')}
      </a>
      <ErrorBanner error={loaded.error} />
      {device ? (
        <>
          <PageHeader
            focusOnMount
            title={
              <span className="device-title">
                <span className="device-tag" data-testid="device-tag">
                  {device.assetTag}
                </span>
                <StatusBadge state={device.status} large />
              </span>
            }
            subtitle={
              <span className="device-subtitle">
                <strong>{t(`kind.${device.kind}`)}</strong>
                {[device.make, device.model].filter(Boolean).join(' ')}
              </span>
            }
            actions={
              <>
                <a className="btn btn-secondary" href="#/imports">
                  {t('imports.ui.importFiles')}
                </a>
                <Button onClick={() => setEditing(true)} shortcut="E">
                  {t('device.edit')}
                </Button>
                {mayCorrect && device.status !== 'voided' ? (
                  <Button onClick={() => setCorrecting('identity')}>{t('correction.identity')}</Button>
                ) : null}
                {mayCorrect && device.status === 'received' ? (
                  <Button variant="danger" onClick={() => setCorrecting('void')}>
                    {t('correction.void')}
                  </Button>
                ) : null}
              </>
            }
          />
          {device.facts.failingDrives > 0 ? (
            <p className="notice notice-warning" role="note" data-testid="drive-health-flag">
              {t('error.guard_drives_healthy')}
            </p>
          ) : null}
          <section className="panel actions-panel" aria-labelledby="actions-title">
            <h2 id="actions-title" className="visually-hidden">
              {t('device.actions')}
            </h2>
            <DeviceActions device={device} />
          </section>
          <Readiness device={device} />
          <DeviceFacts device={device} />
          <MediaSection device={device} />
          <ErasureRecords erasures={device.erasures} drives={device.drives} />
          <DeviceDocuments device={device} />
          <DeviceHandovers deviceId={device.id} />
          <RefurbishmentRecords records={device.refurbishments} />
          <Panel title={t('device.section.history')}>
            <EventList events={device.history} showSubject={false} emptyText={t('device.noHistory')} />
          </Panel>
          {correcting === 'identity' ? (
            <CorrectIdentityDialog
              device={device}
              onClose={() => setCorrecting(null)}
              onSaved={() => {
                setCorrecting(null);
              }}
            />
          ) : null}
          {correcting === 'void' ? (
            <VoidDeviceDialog
              device={device}
              onClose={() => setCorrecting(null)}
              onSaved={() => {
                setCorrecting(null);
              }}
            />
          ) : null}
          {editing ? (
            <EditDeviceDialog
              device={device}
              open={editing}
              onClose={() => setEditing(false)}
              onSaved={() => {
                setEditing(false);
              }}
            />
          ) : null}
        </>
      ) : loaded.loading ? (
        <p className="empty">{t('ui.loading')}</p>
      ) : null}
    </div>
  );
}
