// The reader's only contact with the disk. Tests substitute small real implementations (for
// example one that refuses a directory) instead of mocking node:fs.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';

export interface FileStat {
  isFile(): boolean;
  isDirectory(): boolean;
  readonly size: number;
  /** Device and inode identify a directory, so a symlink loop is walked once. */
  readonly dev: number;
  readonly ino: number;
}

export interface FileSystem {
  /** Follows symlinks; rejects with a Node error (`code` ENOENT, EACCES, …) like node:fs. */
  stat(path: string): Promise<FileStat>;
  /** Entry names of a directory, in any order. */
  readdir(path: string): Promise<string[]>;
  /** The file's bytes as a stream; open errors surface on the first read. */
  openRead(path: string): AsyncIterable<Buffer>;
}

export const nodeFileSystem: FileSystem = {
  stat: (path) => stat(path),
  readdir: (path) => readdir(path),
  openRead: (path) => createReadStream(path),
};
