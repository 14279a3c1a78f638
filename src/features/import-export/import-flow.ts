/**
 * Where an import stands — choosing, reading the file, preview (dry run), applying, finished —
 * and the actions that move it on. UI state only (the rows stay in the database): kept outside
 * the page so an import carries on, and its summary stays, while the user looks elsewhere;
 * tied to the session's database connection, so it never shows in another session.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import type { ImportTable } from '../../domain/bulk/columns';
import type { ImportMode } from '../../domain/bulk/plan-types';
import { useDatabase } from '../../db/context';
import type { PttDatabase } from '../../db/database';
import { applyUnits, type ApplyReport } from './apply';
import { MAX_IMPORT_MEGABYTES, type DryRunProgress, type FileProblem } from './jobs';
import type { PreviewResult } from './packed-plan';
import { runJobOffThread } from './run-job';

type Preview = Extract<PreviewResult, { ok: true }>;

export type ImportStep =
  | { step: 'choose'; problem: FileProblem | null; fileName: string | null }
  | { step: 'reading'; fileName: string; progress: DryRunProgress | null }
  | { step: 'preview'; fileName: string; preview: Preview }
  | { step: 'applying'; fileName: string; preview: Preview; done: number; total: number }
  | { step: 'finished'; fileName: string; preview: Preview; report: ApplyReport; total: number };

interface ImportFlow {
  /** The connection of the session the import belongs to (a new sign-in opens another). */
  db: PttDatabase | null;
  table: ImportTable;
  mode: ImportMode;
  state: ImportStep;
  /** Kept so the same file can be previewed again after the data changed. */
  file: File | null;
  /** Stops the dry run or the apply under way. */
  cancel: AbortController | null;
}

const START: ImportStep = { step: 'choose', problem: null, fileName: null };
const FRESH: ImportFlow = {
  db: null,
  table: 'externalContacts',
  mode: 'exact',
  state: START,
  file: null,
  cancel: null,
};

const useImportFlowStore = create<ImportFlow>()(() => FRESH);

/** The import of the signed-in database (a fresh one for another database). */
export function useImportFlow(): Pick<ImportFlow, 'table' | 'mode' | 'state'> {
  const db = useDatabase();
  const flow = useImportFlowStore();
  return flow.db === db ? flow : FRESH;
}

export function useImportActions() {
  const db = useDatabase();
  return useMemo(() => importActions(db), [db]);
}

function importActions(db: PttDatabase) {
  const store = useImportFlowStore;
  const flow = () => {
    const current = store.getState();
    return current.db === db ? current : { ...FRESH, db };
  };
  const set = (patch: Partial<ImportFlow>) => store.setState({ ...flow(), ...patch });
  /** Only while the flow is still this database's and at the step the caller started from. */
  const stillAt = (step: ImportStep) => store.getState().db === db && store.getState().state === step;

  /**
   * Previews `file`. Only the latest dry run counts: one that was cancelled, or overtaken by
   * another file or choice, ends without a trace — its plan can never be the one applied.
   */
  const preview = async (file: File) => {
    flow().cancel?.abort();
    const megabytes = Math.ceil(file.size / 1_000_000);
    if (megabytes > MAX_IMPORT_MEGABYTES) {
      const problem: FileProblem = { problem: 'tooLarge', megabytes, max: MAX_IMPORT_MEGABYTES };
      set({ file: null, state: { step: 'choose', problem, fileName: file.name }, cancel: null });
      return;
    }
    const { table, mode } = flow();
    const cancel = new AbortController();
    let reading: ImportStep = { step: 'reading', fileName: file.name, progress: null };
    set({ file, state: reading, cancel });
    let result: PreviewResult;
    try {
      result = await runJobOffThread(
        { type: 'dryRun', databaseName: db.name, table, mode, bytes: await file.arrayBuffer() },
        {
          signal: cancel.signal,
          onProgress: (progress) => {
            if (!stillAt(reading)) return;
            reading = { ...reading, progress } as ImportStep;
            set({ state: reading });
          },
        },
      );
    } catch {
      result = { ok: false, problem: { problem: 'unreadable' } };
    }
    if (cancel.signal.aborted || !stillAt(reading)) return;
    set({
      cancel: null,
      state: result.ok
        ? { step: 'preview', fileName: file.name, preview: result }
        : { step: 'choose', problem: result.problem, fileName: file.name },
    });
  };

  return {
    choose: (choice: { table?: ImportTable; mode?: ImportMode }) => {
      flow().cancel?.abort();
      set({ ...choice, state: START, cancel: null });
    },
    preview,
    /** Reads the same file again against today's data (after the data changed since the preview). */
    previewAgain: async () => {
      const file = store.getState().file;
      if (file) await preview(file);
    },
    /** Saves the plan's edits (only the valid rows have any). */
    apply: async () => {
      const { state } = flow();
      if (state.step !== 'preview') return;
      const total = state.preview.plan.units.changes;
      const cancel = new AbortController();
      const applying: ImportStep = { ...state, step: 'applying', done: 0, total };
      set({ state: applying, cancel });
      const report = await applyUnits(db, state.preview.plan.units, {
        signal: cancel.signal,
        onProgress: (done) => {
          const current = store.getState().state;
          if (current.step === 'applying') set({ state: { ...current, done } });
        },
      });
      set({
        state: { step: 'finished', fileName: state.fileName, preview: state.preview, report, total },
        cancel: null,
      });
    },
    /** Stops saving between chunks; stops a dry run at once, back to choosing a file. */
    cancel: () => {
      const { cancel, state } = flow();
      cancel?.abort();
      if (state.step === 'reading') set({ state: { ...START, fileName: state.fileName }, cancel: null });
    },
    restart: () => {
      flow().cancel?.abort();
      set({ state: START, file: null, cancel: null });
    },
  };
}
