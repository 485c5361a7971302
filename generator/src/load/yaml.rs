//! YAML text to a node tree that keeps every number JSON Schema allows.
//!
//! `serde_yaml::Value` refuses integers beyond 64 bits (the parser hands them over as 128-bit
//! integers, which its visitor does not take), yet JSON Schema numbers have no bound and real
//! specs use them (`minimum: -9223372036854776000`). This node takes any integer; one beyond 64
//! bits becomes the nearest float, which is what a JSON reader does with it too. Anchors and
//! aliases are expanded by the parser; merge keys (`<<`) are applied here.

use std::fmt;

use serde::de::{
    Deserialize, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};

/// One YAML node, before it is checked for a JSON form.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    String(String),
    Seq(Vec<Node>),
    /// In document order; duplicate keys are kept so the JSON conversion can name them.
    Map(Vec<(Node, Node)>),
    /// A value under a tag (`!include x`), which has no JSON form.
    Tagged(String, Box<Node>),
}

impl Node {
    /// Parses one YAML document.
    pub fn parse(text: &str) -> Result<Node, serde_yaml::Error> {
        let mut node = Node::deserialize(serde_yaml::Deserializer::from_str(text))?;
        node.apply_merge()?;
        Ok(node)
    }

    /// Folds merge keys into their mappings, as YAML 1.1 defines them: the mapping's own keys
    /// win, then the merged mappings in order.
    fn apply_merge(&mut self) -> Result<(), serde_yaml::Error> {
        match self {
            Node::Map(entries) => {
                let merges: Vec<Node> = {
                    let (merges, own): (Vec<_>, Vec<_>) = std::mem::take(entries)
                        .into_iter()
                        .partition(|(k, _)| matches!(k, Node::String(s) if s == "<<"));
                    *entries = own;
                    merges.into_iter().map(|(_, v)| v).collect()
                };
                for merge in merges {
                    let sources = match merge {
                        Node::Map(_) => vec![merge],
                        Node::Seq(items) => items,
                        _ => return Err(merge_error()),
                    };
                    for source in sources {
                        let Node::Map(source) = source else {
                            return Err(merge_error());
                        };
                        for (k, v) in source {
                            if !entries.iter().any(|(own, _)| *own == k) {
                                entries.push((k, v));
                            }
                        }
                    }
                }
                for (_, v) in entries.iter_mut() {
                    v.apply_merge()?;
                }
            }
            Node::Seq(items) => {
                for item in items {
                    item.apply_merge()?;
                }
            }
            Node::Tagged(_, inner) => inner.apply_merge()?,
            _ => {}
        }
        Ok(())
    }

    /// The number in YAML's spelling, for messages (`.inf`, not `inf`).
    pub fn number_text(f: f64) -> String {
        if f.is_nan() {
            ".nan".into()
        } else if f.is_infinite() {
            if f > 0.0 { ".inf" } else { "-.inf" }.into()
        } else {
            f.to_string()
        }
    }
}

fn merge_error() -> serde_yaml::Error {
    serde::de::Error::custom("expected a mapping or a list of mappings for merging (`<<`)")
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Int(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::UInt(v))
    }

    // Beyond 64 bits: the nearest float, as a JSON reader would take it.
    fn visit_i128<E>(self, v: i128) -> Result<Node, E> {
        Ok(i64::try_from(v).map_or(Node::Float(v as f64), Node::Int))
    }

    fn visit_u128<E>(self, v: u128) -> Result<Node, E> {
        Ok(u64::try_from(v).map_or(Node::Float(v as f64), Node::UInt))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Float(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::String(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(4096));
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Node::Map(entries))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Node, A::Error> {
        let (tag, contents): (String, _) = data.variant()?;
        let value = contents.newtype_variant()?;
        let tag = if tag.starts_with('!') {
            tag
        } else {
            format!("!{tag}")
        };
        Ok(Node::Tagged(tag, Box::new(value)))
    }
}

#[cfg(test)]
mod tests {
    use super::Node;

    #[test]
    fn integers_beyond_64_bits_become_floats() {
        let node = Node::parse("a: -9223372036854776000\nb: 18446744073709551616\nc: 1").unwrap();
        let Node::Map(entries) = node else {
            panic!("not a map: {node:?}")
        };
        assert_eq!(entries[0].1, Node::Float(-9_223_372_036_854_776_000.0));
        assert_eq!(entries[1].1, Node::Float(18_446_744_073_709_551_616.0));
        assert_eq!(entries[2].1, Node::UInt(1));
    }

    #[test]
    fn merge_keys_fill_in_what_the_mapping_lacks() {
        let node = Node::parse("base: &b {x: 1, y: 2}\nuse: {<<: *b, y: 3}").unwrap();
        let Node::Map(entries) = node else {
            panic!("not a map: {node:?}")
        };
        assert_eq!(
            entries[1].1,
            Node::Map(vec![
                (Node::String("y".into()), Node::UInt(3)),
                (Node::String("x".into()), Node::UInt(1)),
            ])
        );
    }
}
