import { useRef, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../shared/i18n';
import { navigate } from '../app/router';
import type { ScreenProps } from '../app/routes';
import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n/useT';
import { RetentionPanel } from '../lending';
import { AccessPanel } from './AccessPanel';
import { BackupsPanel } from './backups/BackupsPanel';
import { HubPanel } from './HubPanel';
import { DeskSettingPanel } from './DeskSettingPanel';
import { isDesktop } from '../api/transport';
import { OperatorsPanel } from './OperatorsPanel';
import { OrganisationTab } from './OrganisationTab';
import { SettingsTab } from './SettingsTab';
import { SitesPanel } from './SitesPanel';
import './admin.css';

const TABS = [
  { id: 'operators', label: 'admin.tab.operators', Panel: OperatorsPanel },
  { id: 'sites', label: 'admin.tab.sites', Panel: SitesPanel },
  { id: 'settings', label: 'admin.tab.settings', Panel: SettingsTab },
  { id: 'access', label: 'admin.tab.access', Panel: AccessPanel },
  { id: 'organisation', label: 'admin.tab.organisation', Panel: OrganisationTab },
  { id: 'privacy', label: 'admin.tab.privacy', Panel: RetentionPanel },
  { id: 'backups', label: 'admin.tab.backups', Panel: BackupsPanel },
  { id: 'hub', label: 'hubAdmin.tab', Panel: HubPanel },
  { id: 'desk', label: 'deskSetting.tab', Panel: DeskSettingPanel },
] as const satisfies readonly { id: string; label: MessageKey; Panel: () => React.JSX.Element }[];

/** For administrators: operators, sites, settings and personal data, one tab each (`#/admin/sites`). */
export function AdminScreen({ param }: ScreenProps) {
  const t = useT();
  const tabList = useRef<HTMLDivElement>(null);
  // This machine's desk setting is the desktop app's own: a browser (edition or desk of a hub) has none to change.
  const tabs = TABS.filter((tab) => tab.id !== 'desk' || isDesktop());
  const current = tabs.find((tab) => tab.id === param) ?? TABS[0];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const index = tabs.findIndex((tab) => tab.id === current.id);
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (next) navigate('admin', next.id);
  };

  const { Panel } = current;
  return (
    <div className="admin">
      <PageHeader title={t('admin.title')} subtitle={t('admin.subtitle')} focusOnMount={param === null} />
      <div className="tabs" role="tablist" aria-label={t('admin.title')} ref={tabList} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <a
            key={tab.id}
            role="tab"
            id={`tab-${tab.id}`}
            href={`#/admin/${tab.id}`}
            aria-selected={tab.id === current.id}
            aria-controls="admin-panel"
            tabIndex={tab.id === current.id ? 0 : -1}
            className="tab"
            autoFocus={param !== null && tab.id === current.id}
          >
            {t(tab.label)}
          </a>
        ))}
      </div>
      <div id="admin-panel" role="tabpanel" aria-labelledby={`tab-${current.id}`}>
        <Panel />
      </div>
    </div>
  );
}
