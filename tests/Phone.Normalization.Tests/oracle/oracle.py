# Second-opinion oracle: Debian's python3-phonenumbers (2022 metadata), run with /usr/bin/python3.
# Same protocol as oracle.mjs: JSON lines in, JSON lines out.
import json
import sys

import phonenumbers as pn
from phonenumbers import NumberParseException as NPE
from phonenumbers import PhoneNumberFormat as PF
from phonenumbers import PhoneNumberType as PT
from phonenumbers import ValidationResult as VR


def name_of(cls, value):
    for k in dir(cls):
        if k.isupper() and getattr(cls, k) == value:
            return k
    return str(value)


out = []
for line in sys.stdin:
    if not line.strip():
        continue
    req = json.loads(line)
    try:
        n = pn.parse(req["input"], req.get("region"))
    except NPE as e:
        answer = {"id": req["id"], "error": name_of(NPE, e.error_type)}
    else:
        answer = {
            "id": req["id"],
            "e164": pn.format_number(n, PF.E164),
            "valid": pn.is_valid_number(n),
            "type": name_of(PT, pn.number_type(n)),
            "region": pn.region_code_for_number(n),
            "possible": name_of(VR, pn.is_possible_number_with_reason(n)),
        }
    out.append(json.dumps(answer, ensure_ascii=False))
sys.stdout.write("\n".join(out) + ("\n" if out else ""))
