/**
 * Where backups live and how they are named. Every backup is one SQLite file in <dataDir>/backups,
 * named by when it was taken and why:
 *   2025-01-14T17-30-00-000Z-automatic.db   (also -manual, -safety)
 *   before-schema-6-2025-01-14T17-30-00-000Z.db   (set aside by openStore before a migration)
 * A backup is written under a ".partial" name and renamed only when complete and checked, so a
 * crash never leaves a half backup that looks whole. The stored files (PDFs) a backup refers to are
 * copied once into <dataDir>/backups/blobs (content-addressed and immutable, so backups share them).
 * A backup is addressed by its id (the name without ".db"), never by a path.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupKind } from '../../shared/types/backup';

export const BACKUPS_FOLDER = 'backups';

const STAMP = '\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z';
const OWN = new RegExp(`^(${STAMP})-(automatic|manual|safety)$`);
const UPGRADE = new RegExp(`^before-schema-\\d+-(${STAMP})$`);

export interface BackupFile {
  id: string;
  kind: BackupKind;
  file: string;
  createdAt: string;
}

export const backupsDir = (dataDir: string): string => path.join(dataDir, BACKUPS_FOLDER);

/** 2025-01-14T17:30:00.000Z → 2025-01-14T17-30-00-000Z (safe in a file name on every platform). */
export const stampOf = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

const dateOfStamp = (stamp: string): string => `${stamp.slice(0, 13)}:${stamp.slice(14, 16)}:${stamp.slice(17, 19)}.${stamp.slice(20, 23)}Z`;

/** Reads an id; null for anything that is not a backup name (a path, "..", another file). */
export function parseBackupId(id: string): { kind: BackupKind; createdAt: string } | null {
  const own = OWN.exec(id);
  if (own) return { kind: own[2] as BackupKind, createdAt: dateOfStamp(own[1] as string) };
  const upgrade = UPGRADE.exec(id);
  if (upgrade) return { kind: 'before-upgrade', createdAt: dateOfStamp(upgrade[1] as string) };
  return null;
}

export function newBackupId(kind: Exclude<BackupKind, 'before-upgrade'>, at: Date, dataDir: string): string {
  // Two backups in the same millisecond: the later one moves on by a millisecond.
  let time = at.getTime();
  for (;;) {
    const id = `${stampOf(new Date(time))}-${kind}`;
    if (!fs.existsSync(backupFilePath(dataDir, id))) return id;
    time += 1;
  }
}

/** The file of a backup id; throws for anything that is not a backup name. */
export function backupFilePath(dataDir: string, id: string): string {
  if (!parseBackupId(id)) throw new Error(`not a backup name: ${id}`);
  return path.join(backupsDir(dataDir), `${id}.db`);
}

/** Every complete backup in the folder, newest first. */
export function listBackupFiles(dataDir: string): BackupFile[] {
  const dir = backupsDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  const found: BackupFile[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.db')) continue;
    const id = name.slice(0, -3);
    const parsed = parseBackupId(id);
    if (parsed) found.push({ id, ...parsed, file: path.join(dir, name) });
  }
  return found.sort((a, b) => (a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : b.createdAt.localeCompare(a.createdAt)));
}

/** Writes a file's data to disk and, where the platform allows, the directory entry that names it. */
export function syncPath(target: string): void {
  try {
    const fd = fs.openSync(target, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Directories cannot be opened for fsync on Windows; the rename is still atomic there.
  }
}
