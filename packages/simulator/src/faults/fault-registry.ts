import type { ApiName } from '../api-name';
import { API_NAMES } from '../api-name';
import { FAULT_KINDS } from './fault-kind';
import type { FaultKind } from './fault-kind';
import type { FaultOptions } from './fault-options';

export interface ActiveFault {
  kind: FaultKind;
  delayMs: number;
}

interface PendingFault {
  provider: ApiName;
  path: string | undefined;
  kind: FaultKind;
  remaining: number;
  delayMs: number;
}

export interface FaultRegistry {
  add(options: FaultOptions): void;
  /** The fault the next request to `provider`/`path` meets, if any, counted as used. */
  take(provider: ApiName, path: string): ActiveFault | undefined;
  clear(): void;
}

const trimSlashes = (path: string): string => path.replace(/^\/+|\/+$/g, '');

function checkFault(options: FaultOptions): void {
  if (!options || typeof options !== 'object') throw new TypeError('simulator.fault(options) takes an object.');
  if (!API_NAMES.includes(options.provider)) {
    throw new TypeError(
      `simulator.fault: provider must be one of ${API_NAMES.join(', ')}; got ${String(options.provider)}.`,
    );
  }
  if (!(FAULT_KINDS as readonly string[]).includes(options.kind)) {
    throw new TypeError(`simulator.fault: kind must be one of ${FAULT_KINDS.join(', ')}; got ${String(options.kind)}.`);
  }
  if (options.times !== undefined && (!Number.isInteger(options.times) || options.times < 1)) {
    throw new RangeError(`simulator.fault: times must be a positive integer; got ${String(options.times)}.`);
  }
  if (options.delayMs !== undefined && (!Number.isFinite(options.delayMs) || options.delayMs < 0)) {
    throw new RangeError(`simulator.fault: delayMs must be a non-negative number; got ${String(options.delayMs)}.`);
  }
}

export function createFaultRegistry(): FaultRegistry {
  let faults: PendingFault[] = [];
  return {
    add(options) {
      checkFault(options);
      faults.push({
        provider: options.provider,
        path: options.path === undefined ? undefined : trimSlashes(options.path).toLowerCase(),
        kind: options.kind,
        remaining: options.times ?? 1,
        delayMs: options.delayMs ?? 2000,
      });
    },
    take(provider, path) {
      // Lower case: the gateway matches its method names without regard to case, and so must its faults.
      const requested = trimSlashes(path).toLowerCase();
      // A path names an endpoint; `messages/send/scheduled` also covers `messages/send/scheduled/{batchId}`.
      const fault = faults.find(
        (candidate) =>
          candidate.provider === provider &&
          (candidate.path === undefined || candidate.path === requested || isParameterised(candidate.path, requested)),
      );
      if (!fault) return undefined;
      fault.remaining -= 1;
      if (fault.remaining <= 0) faults = faults.filter((candidate) => candidate !== fault);
      return { kind: fault.kind, delayMs: fault.delayMs };
    },
    clear() {
      faults = [];
    },
  };
}

// Only the SMSAfzar cancel endpoint carries a parameter in its path.
function isParameterised(faultPath: string, requested: string): boolean {
  return faultPath === 'messages/send/scheduled' && requested.startsWith('messages/send/scheduled/');
}
