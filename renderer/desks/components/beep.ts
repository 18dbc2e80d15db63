// The beep moved next to the one scan field (renderer/components); desks keep importing it from here.
export { beep, type BeepKind } from '../../components/beep';
