//! What a run produced, in numbers: how many types and operations, the warnings by kind, and
//! the untyped census (how many places fell back to `serde_json::Value`), so a change to the
//! mapping shows as a change in a table rather than in 60,000 lines of generated code.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::diag::Warning;
use crate::ir::{Model, TypeDef, TypeRef};
use crate::Generated;

/// The numbers of one run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub types: usize,
    pub operations: usize,
    /// By [`warning_kind`].
    pub warnings: BTreeMap<&'static str, usize>,
    /// Fields, variants, aliases, list items, map values, parameters and bodies whose type is
    /// `serde_json::Value` (a free-form object is not counted: it is an object).
    pub untyped: usize,
}

impl Stats {
    pub fn of(generated: &Generated) -> Stats {
        let mut warnings = BTreeMap::new();
        for w in generated.warnings() {
            *warnings.entry(warning_kind(w)).or_insert(0) += 1;
        }
        Stats {
            types: generated.model.types.len(),
            operations: generated.model.operations.len(),
            warnings,
            untyped: untyped(&generated.model),
        }
    }

    pub fn warning_count(&self) -> usize {
        self.warnings.values().sum()
    }
}

/// A short name for what a warning is about, from its message.
pub fn warning_kind(w: &Warning) -> &'static str {
    let m = w.message.as_str();
    if m.contains("is not supported; ignored") {
        "keyword ignored"
    } else if m.contains("not a schema the generator can read") {
        "unreadable schema"
    } else if m.contains("mapped to serde_json::Value") {
        "untyped fallback"
    } else if m.contains("is not checked") {
        "choice not checked"
    } else if m.contains("are not merged") {
        "properties not merged"
    } else if m.contains("can never be chosen") {
        "variant dropped"
    } else if m.contains("is already used by") || m.contains("is taken") {
        "renamed"
    } else if m.contains("not enforced") {
        "security not enforced"
    } else if m.contains("values that are not strings") {
        "enum values unchecked"
    } else {
        "other"
    }
}

fn untyped(model: &Model) -> usize {
    fn count(ty: &TypeRef) -> usize {
        match ty {
            TypeRef::Value => 1,
            TypeRef::Array(inner) | TypeRef::Map(inner) => count(inner),
            _ => 0,
        }
    }
    let in_types: usize = model
        .types
        .values()
        .map(|t| match &t.def {
            TypeDef::Struct(s) => {
                s.fields.iter().map(|f| count(&f.ty)).sum::<usize>()
                    + s.additional.as_ref().map_or(0, count)
            }
            TypeDef::Union(u) => u.variants.iter().map(|v| count(&v.ty)).sum(),
            TypeDef::Alias(t) => count(t),
            TypeDef::StringEnum(_) => 0,
        })
        .sum();
    let in_operations: usize = model
        .operations
        .iter()
        .map(|op| {
            op.parameters.iter().map(|p| count(&p.ty)).sum::<usize>()
                + op.body
                    .iter()
                    .chain(&op.other_bodies)
                    .map(|b| count(&b.ty))
                    .sum::<usize>()
                + op.responses
                    .iter()
                    .flat_map(|r| r.body.iter().chain(&r.other_bodies))
                    .map(|(_, t)| count(t))
                    .sum::<usize>()
        })
        .sum();
    in_types + in_operations
}

#[cfg(test)]
mod tests {
    use super::warning_kind;
    use crate::diag::Warning;

    #[test]
    fn warnings_are_sorted_into_kinds_by_their_message() {
        let kind = |m: &str| warning_kind(&Warning::new("a.yaml#/X", m));
        assert_eq!(
            kind(
                "`prefixItems` is not supported; ignored (the type comes from the other keywords)"
            ),
            "keyword ignored"
        );
        assert_eq!(
            kind("`not` is not supported; mapped to serde_json::Value"),
            "untyped fallback"
        );
        assert_eq!(
            kind("not a schema the generator can read (bad); mapped to serde_json::Value"),
            "unreadable schema"
        );
        assert_eq!(
            kind("schemas name `Item` is already used by b.yaml#/Item; this one is bundled as `BItem`"),
            "renamed"
        );
        assert_eq!(kind("something new"), "other");
    }
}
