/** What the change page offers the benchmark (window.benchChanges), shared by both sides as types. */

/** The mix of changes made on device A, in turn: each is one CRM action, one or more operations (R8.3). */
export const CHANGE_KINDS = ['create deal', 'rename deal', 'link thread'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangeMade {
  kind: ChangeKind;
  /** epoch ms (timeOrigin + now) when the action's transaction had committed */
  committedAt: number;
  /** the operations the action recorded (their ids), in the same transaction */
  opIds: string[];
}

export interface BenchChangesApi {
  /** opens the app's own database beside the app, with a store for the app's user; answers the threads it holds */
  open(): Promise<{ threads: number }>;
  /** the `index`th change of the mix */
  change(index: number): Promise<ChangeMade>;
  /** resolves once no operation of this device waits for the upload (the app's pump sent them all) */
  nothingPending(timeoutMs: number): Promise<void>;
}

declare global {
  interface Window {
    benchChanges?: BenchChangesApi;
  }
}
