/** A CPU profile of this process over some work (node:inspector, what --cpu-prof records). */
import { Session } from 'node:inspector/promises';

export async function profileInProcess<T>(work: () => Promise<T>): Promise<{ result: T; profile: unknown }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
    await session.post('Profiler.start');
    const result = await work();
    const { profile } = await session.post('Profiler.stop');
    return { result, profile };
  } finally {
    session.disconnect();
  }
}
