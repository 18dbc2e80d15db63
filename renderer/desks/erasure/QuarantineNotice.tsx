import { useT } from '../../i18n/useT';

/** A failed erasure keeps the device out of every other desk until it is erased again or destroyed. */
export function QuarantineNotice({ assetTag }: { assetTag: string }) {
  const t = useT();
  return (
    <div className="desk-quarantine" role="alert" data-testid="erasure-quarantine">
      {t('erasureDesk.quarantined', { assetTag })}
      <p>{t('erasureDesk.quarantinedHelp')}</p>
    </div>
  );
}
