// Converts libphonenumber-js's metadata.max.json into the compact resource that
// src/Phone.Normalization embeds (Metadata/PhoneMetadata.json). The build never runs this:
// scripts/phone-metadata/update.sh does, after `npm ci` installed the pinned versions.
//
// What comes from where:
//   libphonenumber-js metadata.max.json  every pattern, length, prefix and format (the data we parse with)
//   google-libphonenumber (same Google data, Closure build)  only what metadata.max.json lacks:
//     example numbers per type and the "local only" possible lengths. Both packages track Google's
//     releases; the script reports examples that do not validate against the libphonenumber-js
//     patterns so a version skew between the two pins is visible, never silent.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const out = process.argv[2];
if (!out) {
  console.error('usage: node convert.mjs <output.json>');
  process.exit(2);
}

const jsPackage = require('libphonenumber-js/package.json');
const googlePackage = require('google-libphonenumber/package.json');
const max = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.max.json'), 'utf8'));
const google = require('google-libphonenumber');
const util = google.PhoneNumberUtil.getInstance();

if (max.version !== 4) throw new Error(`unexpected metadata layout version ${max.version}`);

// libphonenumber-js positional order of the types array (idx 11).
const TYPE_ORDER = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'PERSONAL_NUMBER', 'VOICEMAIL', 'UAN', 'PAGER', 'VOIP', 'SHARED_COST'];
const GOOGLE_DESC = {
  FIXED_LINE: 'getFixedLine', MOBILE: 'getMobile', TOLL_FREE: 'getTollFree', PREMIUM_RATE: 'getPremiumRate',
  PERSONAL_NUMBER: 'getPersonalNumber', VOICEMAIL: 'getVoicemail', UAN: 'getUan', PAGER: 'getPager',
  VOIP: 'getVoip', SHARED_COST: 'getSharedCost',
};

const unset = (v) => v === undefined || v === null || v === 0 || v === '';
const opt = (v) => (unset(v) ? undefined : v);
const nonEmpty = (a) => (a && a.length ? a : undefined);

let skewed = [];

function convertFormat(f) {
  return {
    p: f[0],
    f: f[1],
    ld: nonEmpty(unset(f[2]) ? undefined : f[2]),
    npr: opt(f[3]),
    npo: f[4] ? true : undefined,
    i: opt(f[5]),
  };
}

function googleMetadata(id, callingCode) {
  return id === '001' ? util.getMetadataForNonGeographicalRegion(Number(callingCode)) : util.getMetadataForRegion(id);
}

function convertRegion(id, a) {
  const gm = googleMetadata(id, a[0]);
  if (!gm) throw new Error(`google-libphonenumber ${googlePackage.version} has no metadata for ${id} (+${a[0]})`);
  const general = new RegExp(`^(?:${a[2]})$`);
  const types = {};
  const jsTypes = unset(a[11]) ? [] : a[11];
  TYPE_ORDER.forEach((name, index) => {
    const t = jsTypes[index];
    const desc = gm[GOOGLE_DESC[name]]();
    const example = desc && desc.hasExampleNumber() ? desc.getExampleNumber() : undefined;
    const localOnly = desc ? nonEmpty(desc.possibleLengthLocalOnlyArray()) : undefined;
    if (unset(t) && t !== '') {
      return;
    }
    const same = name === 'MOBILE' && t[0] === '';
    const entry = { p: same ? undefined : t[0], same: same ? true : undefined, l: nonEmpty(unset(t[1]) ? undefined : t[1]), lo: localOnly, e: example };
    if (example !== undefined) {
      const pattern = same ? jsTypes[0][0] : t[0];
      if (!general.test(example) || !new RegExp(`^(?:${pattern})$`).test(example)) skewed.push(`${id === '001' ? '+' + a[0] : id} ${name} ${example}`);
    }
    types[name] = entry;
  });
  return {
    c: Number(a[0]),
    idd: opt(a[1]),
    n: a[2],
    l: a[3],
    lo: nonEmpty(gm.getGeneralDesc().possibleLengthLocalOnlyArray()),
    f: unset(a[4]) ? undefined : a[4].map(convertFormat),
    np: opt(a[5]),
    npr: opt(a[6]),
    npp: opt(a[7]),
    npt: opt(a[8]),
    npo: a[9] ? true : undefined,
    ld: opt(a[10]),
    t: Object.keys(types).length ? types : undefined,
    pidd: opt(a[12]),
    x: opt(a[13]),
  };
}

const result = {
  sources: {
    'libphonenumber-js': jsPackage.version,
    'google-libphonenumber': googlePackage.version,
  },
  callingCodes: {},
  regions: {},
  nonGeographic: {},
};
for (const [code, regions] of Object.entries(max.country_calling_codes)) result.callingCodes[code] = regions;
for (const [id, a] of Object.entries(max.countries)) result.regions[id] = convertRegion(id, a);
for (const [code, a] of Object.entries(max.nonGeographic)) {
  result.callingCodes[code] = ['001'];
  result.nonGeographic[code] = convertRegion('001', a);
}

const json = JSON.stringify(result);
writeFileSync(out, json + '\n');
console.log(`libphonenumber-js ${jsPackage.version} + google-libphonenumber ${googlePackage.version}: ` +
  `${Object.keys(result.regions).length} regions, ${Object.keys(max.nonGeographic).length} non-geographic codes, ` +
  `${Object.keys(result.callingCodes).length} calling codes, ${json.length} bytes -> ${out}`);
if (skewed.length) {
  console.log(`${skewed.length} Google example numbers do not match the libphonenumber-js pattern of their type ` +
    '(version skew between the two packages; kept, the differential test shows them):');
  for (const s of skewed) console.log(`  ${s}`);
}
