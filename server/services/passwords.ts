/** Password hashing with argon2id (OWASP's first choice); the only module that touches hashes. */
import { hash, verify } from "@node-rs/argon2";

// algorithm 2 is Algorithm.Argon2id: a const enum, which isolatedModules cannot import.
// Memory and time costs are OWASP's recommended minimum for argon2id.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed login, not a server error.
    return false;
  }
}

/**
 * A hash to verify against when the email is unknown, so a login for a missing
 * account takes as long as one with a wrong password (no user enumeration by timing).
 */
let decoyHash: Promise<string> | undefined;
export const getDecoyHash = () => (decoyHash ??= hashPassword("decoy-password-never-matches"));
