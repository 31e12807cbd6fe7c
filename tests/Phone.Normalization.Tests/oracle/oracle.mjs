// Differential-test oracle: Google's libphonenumber (npm google-libphonenumber, pinned in
// package-lock.json). Reads one JSON request per line on stdin, {"id":1,"input":"...","region":"GB"|null},
// and writes one JSON answer per line: either {"id","error"} with the ErrorType name, or
// {"id","e164","valid","type","region","possible","intl","national"}.
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const g = require('google-libphonenumber');
const util = g.PhoneNumberUtil.getInstance();
const nameOf = (enumObject, value) => Object.keys(enumObject).find((k) => enumObject[k] === value) ?? String(value);
const errorName = (message) => Object.keys(g.Error).find((k) => g.Error[k] === message) ?? `UNRECOGNISED: ${message}`;

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
for await (const line of lines) {
  if (!line) continue;
  const request = JSON.parse(line);
  let answer;
  try {
    // parse, not parseAndKeepRawInput: the latter rejects leading junk before the usual extraction.
    const n = util.parse(request.input, request.region ?? 'ZZ');
    answer = {
      id: request.id,
      e164: util.format(n, g.PhoneNumberFormat.E164),
      valid: util.isValidNumber(n),
      type: nameOf(g.PhoneNumberType, util.getNumberType(n)),
      region: util.getRegionCodeForNumber(n) ?? null,
      possible: nameOf(g.PhoneNumberUtil.ValidationResult, util.isPossibleNumberWithReason(n)),
      intl: util.format(n, g.PhoneNumberFormat.INTERNATIONAL),
      national: util.format(n, g.PhoneNumberFormat.NATIONAL),
      ext: n.hasExtension() ? n.getExtension() : null,
    };
  } catch (e) {
    answer = { id: request.id, error: errorName(e.message) };
  }
  out.push(JSON.stringify(answer));
  if (out.length >= 1000) {
    process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  }
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
