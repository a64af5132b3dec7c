/**
 * The reader's annotations, shared by the page overlays, the selection toolbar and the panel: a
 * small external store (useSyncExternalStore), loaded for the version being read.
 */
import { useSyncExternalStore } from 'react';
import type { Annotation } from '../../../shared/types/annotations';
import { api } from '../../kernel/api';
import type { PendingSelection } from './dom';

export interface AnnotationsState {
  documentId: number | null;
  versionId: number | null;
  /** Anchored annotations on this version (and page notes). */
  annotations: Annotation[];
  /** Orphans of this document: their passage was not found in a revised version. */
  orphans: Annotation[];
  panelOpen: boolean;
  /** A selection waiting for the member to choose what to make of it. */
  pending: PendingSelection | null;
  /** Ticks up when the toolbar should take focus (opened from the keyboard). */
  focusToolbar: number;
  /** The last thing deleted, for Undo. */
  deleted: Annotation | null;
  /**
   * The orphan the member is re-attaching: the next selection offers "Attach here". Set from the
   * reader's panel, or from the meeting's annotations before opening the reader on its paper.
   */
  reattaching: Annotation | null;
  message: string;
  error: string;
}

let state: AnnotationsState = {
  documentId: null,
  versionId: null,
  annotations: [],
  orphans: [],
  panelOpen: false,
  pending: null,
  focusToolbar: 0,
  deleted: null,
  reattaching: null,
  message: '',
  error: '',
};
const listeners = new Set<() => void>();

export function setAnnotationsState(patch: Partial<AnnotationsState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

export const getAnnotationsState = (): AnnotationsState => state;

export function useAnnotations(): AnnotationsState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getAnnotationsState,
  );
}

/** Loads (or reloads) the annotations of the version being read. */
export async function loadAnnotations(documentId: number, versionId: number): Promise<void> {
  if (state.versionId !== versionId) {
    // A re-attach asked for on this paper (e.g. from the meeting's annotations) carries over.
    const reattaching = state.reattaching?.documentId === documentId ? state.reattaching : null;
    setAnnotationsState({ documentId, versionId, annotations: [], orphans: [], pending: null, deleted: null, reattaching });
  }
  const [list, all] = await Promise.all([api['annotations.list']({ versionId }), api['annotations.list']({ documentId, status: 'orphaned' })]);
  if (getAnnotationsState().versionId !== versionId) return;
  const orphans = all.ok ? all.value.filter((a) => a.deletedAt === null) : [];
  const { reattaching } = getAnnotationsState();
  setAnnotationsState({
    annotations: list.ok ? list.value.filter((a) => a.status === 'anchored' && a.versionId === versionId && a.deletedAt === null) : [],
    orphans,
    // Re-attached or dismissed meanwhile: nothing left to re-attach.
    ...(reattaching && all.ok && !orphans.some((o) => o.id === reattaching.id) ? { reattaching: null } : {}),
    error: list.ok ? '' : list.error.message,
  });
}

export async function reloadAnnotations(): Promise<void> {
  const { documentId, versionId } = state;
  if (documentId !== null && versionId !== null) await loadAnnotations(documentId, versionId);
}

/** Opens the reader on an orphan's paper (its current version, at the page it was on), ready to re-attach it. */
export function reattachInReader(orphan: Annotation, href: string): void {
  setAnnotationsState({ reattaching: orphan, panelOpen: true, message: 'Select the passage on a page, then choose Attach here.' });
  window.location.hash = href;
}

