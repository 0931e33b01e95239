// Keeps an imported dataset's files in the browser's IndexedDB, so that it survives a reload until the person goes
// back to the built-in one. Nothing leaves the browser: the files are stored and read on this device only.
import type { DatasetSource } from "../../model";

const DB = "liaison";
const STORE = "datasets";
const KEY = "imported";

/** The files of the imported dataset as stored: each file's name and its text or bytes, as they were read. */
export interface StoredFiles {
  files: DatasetSource[];
}

/** True for a stored file the loader can take: a name and its text or its bytes. */
function isSource(value: unknown): value is DatasetSource {
  if (typeof value !== "object" || value === null) return false;
  const { file, text, bytes } = value as Record<string, unknown>;
  return typeof file === "string" && (typeof text === "string" || bytes instanceof Uint8Array);
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((done, fail) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
}

/** Run one request on the store and settle with its result; the database is closed after. */
async function withStore<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((done, fail) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => done(request.result);
      tx.onerror = () => fail(tx.error);
      tx.onabort = () => fail(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Keep the files of an imported dataset, replacing any kept before. Rejects when the browser refuses storage. */
export async function storeDataset(sources: readonly DatasetSource[]): Promise<void> {
  // Bytes are kept as bytes: the loader decodes them again, so a file is judged the same after a reload.
  const files = sources.map(
    (s): DatasetSource =>
      s.bytes === undefined ? { file: s.file, text: s.text } : { file: s.file, bytes: s.bytes },
  );
  const value: StoredFiles = { files };
  await withStore("readwrite", (store) => store.put(value, KEY));
}

/** The files kept by storeDataset, or null when there are none or the browser offers no IndexedDB. */
export async function readStoredDataset(): Promise<StoredFiles | null> {
  if (typeof indexedDB === "undefined") return null;
  try {
    const value = await withStore<unknown>("readonly", (store) => store.get(KEY));
    const files = (value as StoredFiles | undefined)?.files;
    return Array.isArray(files) && files.length > 0 && files.every(isSource) ? { files } : null;
  } catch {
    return null;
  }
}

/** Forget the kept files (going back to the built-in dataset); never rejects. */
export async function forgetStoredDataset(): Promise<void> {
  if (typeof indexedDB === "undefined") return;
  try {
    await withStore("readwrite", (store) => store.delete(KEY));
  } catch {
    // Nothing kept, or storage refused: either way nothing is left to forget.
  }
}
