//! The field names a serde struct accepts, read from its `Deserialize` impl, so that the keys the
//! environment may set follow the structs instead of being listed a second time.

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};

/// The fields of `T`, in declaration order; empty for a type that is not a struct.
pub(crate) fn of<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut names = FieldNames(&[]);
    // The deserializer always refuses once it has seen the field list: the error is expected.
    let _ = T::deserialize(&mut names);
    names.0
}

struct FieldNames(&'static [&'static str]);

impl<'de> Deserializer<'de> for &mut FieldNames {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0 = fields;
        Err(de::Error::custom("only the field names were asked for"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Two {
        first: u32,
        second: String,
    }

    #[test]
    fn reads_a_structs_fields() {
        assert_eq!(super::of::<Two>(), ["first", "second"]);
        assert!(super::of::<u32>().is_empty());
    }
}
