import { expect, it } from 'vitest';
import { createWriteBehind } from './write-behind';

/** A write that finishes when `release()` is called, recording its start and end in `log`. */
function deferredWrite(log: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return {
    write: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
    },
    release: () => release(),
  };
}

it('runs writes in order, one at a time, letting the caller go on while one is outstanding', async () => {
  const log: string[] = [];
  const queue = createWriteBehind(1);
  const a = deferredWrite(log, 'a');
  const b = deferredWrite(log, 'b');
  await queue.submit(a.write);
  log.push('caller after a');
  const submittedB = queue.submit(b.write).then(() => log.push('caller after b'));
  await Promise.resolve();
  expect(log).toEqual(['start a', 'caller after a']);
  a.release();
  await submittedB;
  expect(log).toEqual(['start a', 'caller after a', 'end a', 'start b', 'caller after b']);
  b.release();
  await queue.drain();
  expect(log.at(-1)).toBe('end b');
});

it('throws the first failure at the next submit and at drain, and skips the writes queued after it', async () => {
  const queue = createWriteBehind(1);
  const ran: string[] = [];
  await queue.submit(async () => {
    throw new Error('disk full');
  });
  await expect(queue.submit(async () => void ran.push('after'))).rejects.toThrow('disk full');
  await expect(queue.drain()).rejects.toThrow('disk full');
  expect(ran).toEqual([]);
});

it('with depth 0 waits for each write', async () => {
  const queue = createWriteBehind(0);
  const log: string[] = [];
  await queue.submit(async () => void log.push('written'));
  expect(log).toEqual(['written']);
  expect(() => createWriteBehind(-1)).toThrow(RangeError);
});
