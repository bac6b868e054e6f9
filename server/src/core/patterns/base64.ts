// Base64 to UTF-8 text and back, without Node's Buffer (the core also runs in a browser). Lambda only
// filters on a payload it can decode, so "not base64" and "not UTF-8" must show.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

const NON_ASCII = /[^\x00-\x7f]/;

/** Base64 that holds UTF-8 text, as that text; undefined when either layer is invalid. */
export function decodeBase64Text(text: string): string | undefined {
  // The platform's decoder is several times faster than one in JavaScript (it also skips blanks,
  // which Lambda's would refuse; samples do not have them).
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  // Bytes below 0x80 are already the text; only the rest needs a UTF-8 decoder.
  if (!NON_ASCII.test(binary)) return binary;
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-8 text as base64 (for sample records). */
export function encodeBase64Text(text: string): string {
  const bytes = encoder.encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}
