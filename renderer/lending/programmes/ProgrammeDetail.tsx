import { useState } from 'react';
import { Button } from '../../components/Button';
import { useFormat } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toasts';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { useCan } from '../../session/useCan';
import { DetailPage } from '../shared/DetailPage';
import { Fact } from '../shared/Fact';
import { ProgrammeDialog } from './ProgrammeDialog';
import { ProgrammeProgressView } from './ProgrammeProgressView';
import { periodText, termsText } from './terms';
import { Panel } from '../../components/Panel';
import { ProgrammeReportButton } from '../../reports';

/** One programme: its terms, then what was handed out against its targets (what a funder asks for). */
export function ProgrammeDetail({ id }: { id: number }) {
  const t = useT();
  const format = useFormat();
  const toast = useToast();
  const canEdit = useCan('programmes.update');
  const progress = useApiQuery('programmes.progress', { programmeId: id });
  const [editing, setEditing] = useState(false);

  return (
    <DetailPage
      backHref="#/programmes"
      backLabel={t('programmes.back')}
      data={progress.data}
      loading={progress.loading}
      error={progress.error}
    >
      {(shown) => {
        const { programme } = shown;
        return (
          <>
            <PageHeader
              title={programme.name}
              subtitle={periodText(t, format, programme)}
              focusOnMount
              actions={
                <>
                  <ProgrammeReportButton programme={programme} />
                  {canEdit ? (
                    <>
                      <a
                        className="btn btn-secondary"
                        href={`#/agreement-template/${programme.id}`}
                        data-testid="agreement-template-link"
                      >
                        {t('template.open')}
                      </a>
                      <Button onClick={() => setEditing(true)}>{t('ui.edit')}</Button>
                    </>
                  ) : null}
                </>
              }
            />
            <Panel title={t('progress.title')}>
              <ProgrammeProgressView progress={shown} />
            </Panel>
            <Panel title={t('programmes.termsTitle')}>
              <dl className="lending-facts">
                <Fact label={t('field.funder')}>{programme.funder}</Fact>
                <Fact label={t('programmes.terms')}>{termsText(t, programme)}</Fact>
                <Fact label={t('field.notes')}>
                  {programme.notes ? <span className="prewrap">{programme.notes}</span> : null}
                </Fact>
              </dl>
            </Panel>
            {editing ? (
              <ProgrammeDialog
                programme={programme}
                onClose={() => setEditing(false)}
                onSaved={(saved) => {
                  setEditing(false);
                  toast(t('programmes.saved', { name: saved.name }));
                }}
              />
            ) : null}
          </>
        );
      }}
    </DetailPage>
  );
}
