import { describe, expect, it } from 'vitest';
import { createClock } from './create-clock';

describe('createClock', () => {
  it('manual: runs due tasks in time order, each at its own time, cascading', () => {
    const controller = createClock('manual');
    controller.clock.set(new Date('2030-01-01T00:00:00Z'));
    const seen: string[] = [];
    const start = controller.nowMs();
    controller.schedule(start + 2000, () => seen.push(`b@${controller.clock.now().toISOString()}`));
    controller.schedule(start + 1000, () => {
      seen.push(`a@${controller.clock.now().toISOString()}`);
      controller.schedule(controller.nowMs() + 500, () => seen.push(`c@${controller.clock.now().toISOString()}`));
    });
    const cancel = controller.schedule(start + 1200, () => seen.push('canceled'));
    cancel();
    controller.clock.advance(999);
    expect(seen).toEqual([]);
    controller.clock.advance(5000);
    expect(seen).toEqual(['a@2030-01-01T00:00:01.000Z', 'c@2030-01-01T00:00:01.500Z', 'b@2030-01-01T00:00:02.000Z']);
    expect(controller.clock.now().toISOString()).toBe('2030-01-01T00:00:05.999Z');
  });

  it('manual: refuses a negative advance', () => {
    expect(() => createClock('manual').clock.advance(-1)).toThrow(RangeError);
  });

  it('real: follows Date.now and refuses to be moved', async () => {
    const controller = createClock('real');
    expect(Math.abs(controller.clock.now().getTime() - Date.now())).toBeLessThan(1000);
    expect(() => controller.clock.advance(1)).toThrow(/clock: 'manual'/);
    expect(() => controller.clock.set(new Date())).toThrow(/clock: 'manual'/);
    const ran = await new Promise<boolean>((resolve) => {
      controller.schedule(Date.now() + 5, () => resolve(true));
    });
    expect(ran).toBe(true);
    controller.cancelAll();
  });
});
