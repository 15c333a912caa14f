/** Uploaded files: recorded by the SHA-256 of their bytes, so the same file uploaded twice is one row. */
import type {Queryable} from './database';

export interface UploadRow {
  hash: string;
  kind: 'image' | 'audio';
  mime: string;
  ext: string;
  size: number;
  name: string;
}

export async function recordUpload(db: Queryable, upload: UploadRow): Promise<UploadRow> {
  await db.query(
    'INSERT INTO uploads (hash, kind, mime, ext, size, name) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (hash) DO NOTHING',
    [upload.hash, upload.kind, upload.mime, upload.ext, upload.size, upload.name],
  );
  return (await getUpload(db, upload.hash))!;
}

export async function getUpload(db: Queryable, hash: string): Promise<UploadRow | undefined> {
  const [row] = await db.query<UploadRow>('SELECT hash, kind, mime, ext, size, name FROM uploads WHERE hash = $1', [
    hash,
  ]);
  return row;
}
