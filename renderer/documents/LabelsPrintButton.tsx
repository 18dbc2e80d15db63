import { useState } from 'react';
import type { DocumentSubject } from '../../shared/domain/documents';
import { Button, type ButtonProps } from '../components/Button';
import { LabelPrintControls, labelRequest, useLabelSettings } from './LabelFormatSelect';
import type { DocumentOpener } from './useOpenDocument';

/**
 * The labels' print settings, then the button that prints `subject`'s labels with them (through the screen's
 * `opener`, so its other print buttons share the busy state and the refusal).
 */
export function LabelsPrintButton({
  opener,
  subject,
  label,
  testId,
  size,
}: {
  opener: DocumentOpener;
  subject: DocumentSubject;
  label: string;
  testId: string;
  size?: ButtonProps['size'];
}) {
  const [labelSettings, setLabelSettings] = useLabelSettings();
  const [labelStart, setLabelStart] = useState(1);
  return (
    <>
      <LabelPrintControls
        settings={labelSettings}
        onChange={setLabelSettings}
        start={labelStart}
        onStart={setLabelStart}
      />
      <Button
        size={size}
        onClick={() =>
          void opener.open('labels', subject, labelSettings.format, labelRequest(labelSettings, labelStart))
        }
        busy={opener.busy === 'labels'}
        data-testid={testId}
      >
        {label}
      </Button>
    </>
  );
}
