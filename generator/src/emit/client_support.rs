//! The part of the client's plumbing that depends on the spec: its security schemes, the
//! credentials a client holds for them and the builder methods that set them. The rest (the
//! `Client`, the error type, bodies, the wait loop) is the same for every spec and is copied from
//! `support/client/`.
//!
//! It is written out into the generated file rather than kept in a library so the emitted client
//! stands alone: it needs `reqwest`, `serde`, `serde_json` and `tokio`, nothing of this project.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::SecurityScheme;

/// One security scheme as the client sees it.
pub struct SchemeSpec {
    /// `Scheme::<variant>`.
    pub variant: proc_macro2::Ident,
    /// The builder method and credential field: `BearerAuth` -> `bearer`.
    pub setter: proc_macro2::Ident,
    pub scheme: SecurityScheme,
    /// The spec's name, for docs.
    pub name: String,
}

impl SchemeSpec {
    /// Schemes the client can send; the rest are named in docs only.
    pub fn is_supported(&self) -> bool {
        !matches!(self.scheme, SecurityScheme::Unsupported(_))
    }
}

/// The credential a scheme's builder method and CLI flag take: `bearer`, `basic`, `api_key`.
pub fn setter_name(scheme_name: &str) -> String {
    let snake = crate::ir::field_ident(scheme_name);
    match snake.strip_suffix("_auth") {
        Some(short) if !short.is_empty() => short.to_owned(),
        _ => snake,
    }
}

/// `Scheme`, `Credentials` and the `Client`'s credential setters.
pub fn credentials(schemes: &[SchemeSpec]) -> TokenStream {
    let variants = schemes.iter().map(|s| {
        let v = &s.variant;
        let doc = format!(" `{}`.", s.name);
        quote!(#[doc = #doc] #v,)
    });
    let supported: Vec<&SchemeSpec> = schemes.iter().filter(|s| s.is_supported()).collect();
    let fields = supported.iter().map(|s| {
        let f = &s.setter;
        match s.scheme {
            SecurityScheme::Basic => {
                quote!(#f: ::std::option::Option<(::std::string::String, ::std::string::String)>,)
            }
            _ => quote!(#f: ::std::option::Option<::std::string::String>,),
        }
    });
    let debug_fields = supported.iter().map(|s| {
        let f = &s.setter;
        let name = f.to_string();
        quote!(.field(#name, &self.#f.as_ref().map(|_| "<redacted>")))
    });
    let has_arms = schemes.iter().map(|s| {
        let v = &s.variant;
        if s.is_supported() {
            let f = &s.setter;
            quote!(Scheme::#v => self.#f.is_some(),)
        } else {
            quote!(Scheme::#v => false,)
        }
    });
    let apply_arms = schemes.iter().map(|s| {
        let v = &s.variant;
        let f = &s.setter;
        match &s.scheme {
            SecurityScheme::Bearer => quote! {
                Scheme::#v => match &self.#f { ::std::option::Option::Some(token) => request.bearer_auth(token), ::std::option::Option::None => request },
            },
            SecurityScheme::Basic => quote! {
                Scheme::#v => match &self.#f { ::std::option::Option::Some((user, password)) => request.basic_auth(user, ::std::option::Option::Some(password)), ::std::option::Option::None => request },
            },
            SecurityScheme::ApiKeyHeader(header) => quote! {
                Scheme::#v => match &self.#f { ::std::option::Option::Some(key) => request.header(#header, key), ::std::option::Option::None => request },
            },
            SecurityScheme::ApiKeyQuery(name) => quote! {
                Scheme::#v => match &self.#f { ::std::option::Option::Some(key) => request.query(&[(#name, key)]), ::std::option::Option::None => request },
            },
            SecurityScheme::ApiKeyCookie(name) => quote! {
                Scheme::#v => match &self.#f { ::std::option::Option::Some(key) => request.header(::reqwest::header::COOKIE, ::std::format!("{}={key}", #name)), ::std::option::Option::None => request },
            },
            SecurityScheme::Unsupported(_) => quote!(Scheme::#v => request,),
        }
    });
    let setters = supported.iter().map(|s| {
        let f = &s.setter;
        match &s.scheme {
            SecurityScheme::Basic => {
                let doc = format!(" Sends a user name and password (`{}`, HTTP basic).", s.name);
                quote! {
                    #[doc = #doc]
                    pub fn #f(mut self, user: impl ::std::convert::Into<::std::string::String>, password: impl ::std::convert::Into<::std::string::String>) -> Self {
                        self.credentials.#f = ::std::option::Option::Some((user.into(), password.into()));
                        self
                    }
                }
            }
            SecurityScheme::Bearer => {
                let doc = format!(" Sends a bearer token (`{}`).", s.name);
                quote! {
                    #[doc = #doc]
                    pub fn #f(mut self, token: impl ::std::convert::Into<::std::string::String>) -> Self {
                        self.credentials.#f = ::std::option::Option::Some(token.into());
                        self
                    }
                }
            }
            SecurityScheme::ApiKeyHeader(_)
            | SecurityScheme::ApiKeyQuery(_)
            | SecurityScheme::ApiKeyCookie(_) => {
                let place = match &s.scheme {
                    SecurityScheme::ApiKeyHeader(header) => format!("the `{header}` header"),
                    SecurityScheme::ApiKeyQuery(name) => format!("the `{name}` query parameter"),
                    SecurityScheme::ApiKeyCookie(name) => format!("the `{name}` cookie"),
                    _ => String::new(),
                };
                let doc = format!(" Sends a key in {place} (`{}`).", s.name);
                quote! {
                    #[doc = #doc]
                    pub fn #f(mut self, key: impl ::std::convert::Into<::std::string::String>) -> Self {
                        self.credentials.#f = ::std::option::Option::Some(key.into());
                        self
                    }
                }
            }
            SecurityScheme::Unsupported(_) => TokenStream::new(),
        }
    });
    quote! {
        /// The security schemes of the spec.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Scheme {
            #( #variants )*
        }

        /// The credentials a client holds, at most one per scheme.
        #[derive(Clone, Default)]
        struct Credentials {
            #( #fields )*
        }

        impl ::std::fmt::Debug for Credentials {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("Credentials") #( #debug_fields )* .finish()
            }
        }

        impl Credentials {
            fn has(&self, scheme: Scheme) -> bool {
                match scheme {
                    #( #has_arms )*
                }
            }

            #[allow(unused_variables)] // a spec without security schemes never reads the request
            fn apply(&self, scheme: Scheme, request: ::reqwest::RequestBuilder) -> ::reqwest::RequestBuilder {
                match scheme {
                    #( #apply_arms )*
                }
            }
        }

        impl Client {
            #( #setters )*
        }
    }
}
