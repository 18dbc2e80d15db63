/**
 * The scanner's audible feedback: a short high tone when a scan is taken, a short low one when it is refused, so
 * a technician looking at the device, not the screen, still knows. Without an audio device the screen alone tells.
 */
export type BeepKind = 'success' | 'error';

const TONES: Record<BeepKind, { frequency: number; seconds: number; wave: OscillatorType }> = {
  success: { frequency: 1320, seconds: 0.09, wave: 'sine' },
  error: { frequency: 196, seconds: 0.32, wave: 'square' },
};

let context: AudioContext | null = null;

export function beep(kind: BeepKind): void {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
    const tone = TONES[kind];
    const start = context.currentTime;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = tone.wave;
    oscillator.frequency.value = tone.frequency;
    gain.gain.setValueAtTime(0.12, start);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + tone.seconds);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + tone.seconds);
  } catch {
    // No audio output on this machine: the banner and the colours carry the signal.
  }
}
