import { stat } from 'node:fs/promises';

/** Whether `dirPath` exists and is a directory (false when it is missing, a file, or unreadable). */
export async function isDirectory(dirPath: string): Promise<boolean> {
  try {
    return (await stat(dirPath)).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `filePath` exists and is a regular file. */
export async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}
