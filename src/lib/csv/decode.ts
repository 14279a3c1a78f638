/**
 * Turns a file's bytes into text, whatever wrote it: UTF-8 with or without a byte-order mark
 * (Google Sheets, LibreOffice, Excel's "CSV UTF-8"), UTF-16 with its mark (Excel's "Unicode
 * text"), or Windows-1252 (Excel's plain CSV on Windows, and older spreadsheets). Bytes that
 * are not valid UTF-8 are read as Windows-1252, which gives every byte a character; files that
 * are not text at all (a workbook chosen by mistake) are refused with what they look like.
 */

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncoding } | { ok: false; problem: 'empty' | 'workbook' | 'binary' };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);

export function decodeText(bytes: Uint8Array): DecodeResult {
  // .xlsx and .ods are zip archives; .xls is an OLE compound file.
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    return { ok: false, problem: 'workbook' };
  }
  const { text, encoding } = readText(bytes);
  if (text.includes('\u0000')) return { ok: false, problem: 'binary' };
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  return { ok: true, text, encoding };
}

function readText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (startsWith(bytes, 0xff, 0xfe)) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/**
 * Bytes 0x80–0x9F of Windows-1252 (the Encoding Standard's table); every other byte is its own
 * code point. Decoded here because Node 20's TextDecoder reads them as Latin-1 control characters
 * (nodejs/node#60888), which would turn Excel's ’ and € into invisible characters in tests.
 */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (char) => HIGH[char.charCodeAt(0) - 0x80]!);
  }
  return text;
}
