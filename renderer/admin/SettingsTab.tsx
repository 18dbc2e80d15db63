import { ScanRulesPanel } from './ScanRulesPanel';
import { SettingsPanel } from './SettingsPanel';

/** Administration → Paramètres: asset tags, then the serial scan rules. */
export function SettingsTab() {
  return (
    <>
      <SettingsPanel />
      <ScanRulesPanel />
    </>
  );
}
