import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';

export interface SignaturePadProps {
  /** Who signs, for the canvas's accessible name. */
  signer: string;
  /** The drawing as a PNG data URL after each stroke; null once cleared. */
  onChange: (dataUrl: string | null) => void;
  testId?: string;
}

const INK = '#10204a';

interface Stroke {
  pointerId: number;
  x: number;
  y: number;
}

/**
 * A signature drawn with a finger, a stylus or the mouse (pointer events, so touch screens and mice alike). The
 * canvas keeps the device's pixel density (up to 2×) so the ink is sharp once printed; it cannot be drawn with the
 * keyboard, which is why every pad sits next to a « sign the paper copy » choice.
 */
export function SignaturePad({ signer, onChange, testId }: SignaturePadProps) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const stroke = useRef<Stroke | null>(null);
  const [empty, setEmpty] = useState(true);

  const context = useCallback(() => canvas.current?.getContext('2d') ?? null, []);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const scale = Math.min(2, window.devicePixelRatio || 1);
    element.width = Math.round(element.clientWidth * scale);
    element.height = Math.round(element.clientHeight * scale);
    const ctx = element.getContext('2d');
    if (!ctx) return;
    ctx.scale(scale, scale);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = INK;
    ctx.fillStyle = INK;
    ctx.lineWidth = 2.2;
  }, []);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };

  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.button !== 0 && event.pointerType === 'mouse') return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const { x, y } = point(event);
    stroke.current = { pointerId: event.pointerId, x, y };
    const ctx = context();
    ctx?.beginPath();
    ctx?.arc(x, y, 1.1, 0, Math.PI * 2);
    ctx?.fill();
  };

  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    const current = stroke.current;
    const ctx = context();
    if (!current || current.pointerId !== event.pointerId || !ctx) return;
    // A fast stroke delivers several positions per frame: draw through all of them.
    const events = event.nativeEvent.getCoalescedEvents?.() ?? [event.nativeEvent];
    const box = event.currentTarget.getBoundingClientRect();
    ctx.beginPath();
    ctx.moveTo(current.x, current.y);
    for (const sample of events) {
      current.x = sample.clientX - box.left;
      current.y = sample.clientY - box.top;
      ctx.lineTo(current.x, current.y);
    }
    ctx.stroke();
  };

  const end = (event: PointerEvent<HTMLCanvasElement>) => {
    if (stroke.current?.pointerId !== event.pointerId) return;
    stroke.current = null;
    setEmpty(false);
    onChange(canvas.current?.toDataURL('image/png') ?? null);
  };

  const clear = () => {
    const element = canvas.current;
    context()?.clearRect(0, 0, element?.width ?? 0, element?.height ?? 0);
    setEmpty(true);
    onChange(null);
  };

  return (
    <div className="signature-pad" data-testid={testId}>
      <canvas
        ref={canvas}
        className="signature-canvas"
        role="img"
        aria-label={t('pad.label', { signer })}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
      />
      <div className="signature-pad-footer">
        <span className="desk-hint">{empty ? t('pad.instructions') : '\u00a0'}</span>
        <Button size="small" variant="ghost" onClick={clear} disabled={empty}>
          {t('pad.clear')}
        </Button>
      </div>
    </div>
  );
}
