// pino-roll ships no types: the part of its API we use (it returns a sonic-boom stream).
declare module 'pino-roll' {
  import type { DestinationStream } from 'pino';
  interface PinoRollOptions {
    file: string;
    size?: string | number;
    frequency?: 'daily' | 'hourly' | number;
    extension?: string;
    dateFormat?: string;
    limit?: { count?: number; removeOtherLogFiles?: boolean };
    mkdir?: boolean;
    symlink?: boolean;
    /** sonic-boom: write with fs.writeSync */
    sync?: boolean;
  }
  export interface RollingStream extends DestinationStream {
    flushSync(): void;
    end(): void;
    once(event: 'close' | 'finish' | 'error', listener: (...args: unknown[]) => void): this;
    on(event: 'cleanup-complete' | 'error', listener: (...args: unknown[]) => void): this;
  }
  export default function pinoRoll(options: PinoRollOptions): Promise<RollingStream>;
}
