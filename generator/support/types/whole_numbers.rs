//! JSON Schema's `integer` is any number with no fraction, so `5.0` and `1e3` are integers too;
//! serde's integers take only integer literals. Copied into `types.rs` when a schema has an
//! integer, whose fields read through this module (`deserialize_with`).

mod whole_numbers {
    //! Reading integers the way JSON Schema counts them: `5`, `5.0` and `5e0` alike.

    use ::serde::de::{Deserializer, Error, SeqAccess, Visitor};
    use ::std::fmt;

    /// Integer shapes read leniently: the integer types, and options and lists of them.
    pub trait Whole: Sized {
        fn read<'de, D: Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error>;
    }

    pub fn deserialize<'de, D: Deserializer<'de>, T: Whole>(
        d: D,
    ) -> ::std::result::Result<T, D::Error> {
        T::read(d)
    }

    /// Any JSON number that is a whole value. One beyond the type's range saturates at
    /// its bound: the schema sets no bound, and limits the spec does set are checked by
    /// `validate()`, which a saturated value fails just as the real one would. (The
    /// gateway forwards requests as sent, so no value is changed on the wire.)
    struct Number<T>(::std::marker::PhantomData<T>);

    macro_rules! whole {
        ($($t:ty),*) => {$(
            impl<'de> Visitor<'de> for Number<$t> {
                type Value = $t;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a whole number")
                }

                fn visit_i64<E: Error>(self, v: i64) -> ::std::result::Result<$t, E> {
                    ::std::result::Result::Ok(<$t>::try_from(v).unwrap_or(if v < 0 { <$t>::MIN } else { <$t>::MAX }))
                }

                fn visit_u64<E: Error>(self, v: u64) -> ::std::result::Result<$t, E> {
                    ::std::result::Result::Ok(<$t>::try_from(v).unwrap_or(<$t>::MAX))
                }

                fn visit_f64<E: Error>(self, v: f64) -> ::std::result::Result<$t, E> {
                    if v.fract() != 0.0 || !v.is_finite() {
                        return ::std::result::Result::Err(E::custom(format_args!("expected a whole number, got {v}")));
                    }
                    // `as` saturates at the bounds of the target type.
                    ::std::result::Result::Ok(v as $t)
                }
            }

            impl Whole for $t {
                fn read<'de, D: Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                    d.deserialize_any(Number::<$t>(::std::marker::PhantomData))
                }
            }
        )*};
    }
    whole!(i32, i64, u64);

    /// Carries a `Whole` through serde's own `Deserialize`, for the items of lists.
    struct Item<T>(T);

    impl<'de, T: Whole> ::serde::Deserialize<'de> for Item<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
            T::read(d).map(Item)
        }
    }

    impl<T: Whole> Whole for ::std::option::Option<T> {
        fn read<'de, D: Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
            let item: ::std::option::Option<Item<T>> = ::serde::Deserialize::deserialize(d)?;
            ::std::result::Result::Ok(item.map(|i| i.0))
        }
    }

    impl<T: Whole> Whole for ::std::vec::Vec<T> {
        fn read<'de, D: Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
            struct Items<T>(::std::marker::PhantomData<T>);
            impl<'de, T: Whole> Visitor<'de> for Items<T> {
                type Value = ::std::vec::Vec<T>;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a list of whole numbers")
                }

                fn visit_seq<A: SeqAccess<'de>>(
                    self,
                    mut seq: A,
                ) -> ::std::result::Result<Self::Value, A::Error> {
                    let mut out =
                        ::std::vec::Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
                    while let ::std::option::Option::Some(Item(v)) =
                        seq.next_element::<Item<T>>()?
                    {
                        out.push(v);
                    }
                    ::std::result::Result::Ok(out)
                }
            }
            d.deserialize_seq(Items(::std::marker::PhantomData))
        }
    }
}

#[cfg(test)]
mod tests {
    #[derive(Debug, PartialEq, ::serde::Deserialize)]
    struct Counts {
        #[serde(deserialize_with = "super::whole_numbers::deserialize")]
        one: i32,
        #[serde(default, deserialize_with = "super::whole_numbers::deserialize")]
        maybe: Option<u64>,
        #[serde(deserialize_with = "super::whole_numbers::deserialize")]
        many: Vec<i64>,
    }

    #[test]
    fn whole_numbers_read_in_any_spelling_and_fractions_are_refused() {
        let counts: Counts =
            serde_json::from_str(r#"{"one": 5.0, "maybe": 1e3, "many": [1, 2.0, -3e0]}"#)
                .expect("whole numbers");
        assert_eq!(
            counts,
            Counts {
                one: 5,
                maybe: Some(1000),
                many: vec![1, 2, -3]
            }
        );
        let big: Counts = serde_json::from_str(r#"{"one": 1e20, "many": []}"#).expect("saturates");
        assert_eq!(big.one, i32::MAX);
        assert!(serde_json::from_str::<Counts>(r#"{"one": 1.5, "many": []}"#).is_err());
    }
}
