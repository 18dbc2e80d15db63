import { createHash } from 'node:crypto';

/** What the server keeps of a secret it handed out (a launch code, a session cookie): never the secret itself. */
export const secretDigest = (secret: string) => createHash('sha256').update(secret).digest('base64url');
