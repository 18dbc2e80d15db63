/**
 * The contract's method names, in contract order: the IPC handlers main registers and the functions the preload
 * exposes. The preload bundle gets this list precomputed (build.ts replaces this module with the literal list), so
 * it carries no schema code; main computes it here.
 */
import { contract, isMethodName, type MethodName } from '../../shared/contract';

export const BRIDGE_METHODS: readonly MethodName[] = Object.freeze(Object.keys(contract).filter(isMethodName));
