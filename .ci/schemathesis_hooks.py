"""Schemathesis hooks for .ci/schemathesis.sh (loaded through SCHEMATHESIS_HOOKS).

- Links every submit operation's `202` answer to the poll operation of the same kind, passing
  the answer's `id` as `job_id`, so the stateful phase polls jobs that exist instead of ids the
  fuzzer invents (which only ever answer `404`). The served spec has no links of its own: the
  operations come from a seed file that is kept as it is.
- Drops two kinds of `negative_data_rejection` findings, and only those (see
  `filter_failure`); every other schema-violating input must still be refused.
"""

import os

import schemathesis
from schemathesis.core.failures import AcceptedNegativeData

POLL_PARAMETER = "job_id"
TYPE_CHANGE = "Incorrect type"


@schemathesis.hook
def before_load_schema(context, raw_schema):
    paths = raw_schema.get("paths", {})
    for path, item in paths.items():
        submit = item.get("post")
        poll = paths.get(f"{path}/{{{POLL_PARAMETER}}}", {}).get("get")
        if not submit or not poll or "operationId" not in poll:
            continue
        accepted = submit.get("responses", {}).get("202")
        if accepted is None or "$ref" in accepted:
            continue
        accepted.setdefault("links", {})[poll["operationId"]] = {
            "operationId": poll["operationId"],
            "parameters": {POLL_PARAMETER: "$response.body#/id"},
            "description": "Poll the job this submission created.",
        }


def _negations(case):
    """What made the case negative: `(type change?, became null?)` per negation.

    The fuzzing phase records mutations (a `type` mutation names the new type); the coverage
    phase records one negation as a description (`a -> b: Incorrect type`) and the value is
    read from the body. `None` when it cannot be told.
    """
    data = case.meta.phase.data if case.meta is not None else None
    mutations = getattr(data, "mutations", ()) or ()
    if mutations:
        return [
            (tuple(m.keywords) == ("type",), m.new_value in ("null", ["null"]))
            for m in mutations
        ]
    description = getattr(data, "description", None) or ""
    if not description.endswith(": " + TYPE_CHANGE):
        return None
    path = description[: -len(": " + TYPE_CHANGE)].replace(": ", " -> ").split(" -> ")
    values = _values_at(case.body, [step for step in path if step != ARRAY_ITEMS])
    if not values:
        return None
    return [(True, value is None) for value in values]


ARRAY_ITEMS = "Array with invalid items"


def _values_at(value, path):
    """The values at a property path, through any arrays on the way."""
    if isinstance(value, list):
        return [found for item in value for found in _values_at(item, path)]
    if not path:
        return [value]
    if isinstance(value, dict) and path[0] in value:
        return _values_at(value[path[0]], path[1:])
    return []


@schemathesis.hook
def filter_failure(context, failure, case, response):
    if not isinstance(failure, AcceptedNegativeData):
        return True
    negations = _negations(case)
    if not negations:
        return True
    type_changes_only = all(type_change for type_change, _ in negations)
    # A multipart text part is text whatever it spells: `5`, `true` or `AAA` in a field typed
    # integer, boolean or array is read the way the form field is documented (a number, a
    # flag, one `provider/model`), not a type error. Only type changes of multipart bodies.
    if (case.media_type or "").startswith("multipart/form-data") and type_changes_only:
        return False
    # Known disagreement, to be fixed in the server: an optional JSON property sent as `null`
    # is taken as absent instead of refused (the spec is OpenAPI 3.0 and marks nothing
    # nullable). Set SCHEMATHESIS_STRICT_NULLS=1 to see these findings.
    if os.environ.get("SCHEMATHESIS_STRICT_NULLS") != "1" and type_changes_only:
        if all(null for _, null in negations):
            return False
    return True
