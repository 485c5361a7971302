//! Which addresses a webhook may reach. A receiver is named in config, but its host name can
//! still resolve to the gateway's own network (by mistake, or by someone who controls that
//! name's DNS), so the check is made at start for literal addresses and again at every
//! connection, on the addresses the connection will actually use.

use std::future::Future;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::pin::Pin;
use std::sync::Arc;

/// Why `ip` is not a public address, or `None` when it is.
pub fn non_public(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => non_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => non_public_v4(v4),
            None => non_public_v6(v6),
        },
    }
}

fn non_public_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, ..] = ip.octets();
    if ip.is_loopback() {
        Some("loopback")
    } else if ip.is_private() {
        Some("private")
    } else if ip.is_link_local() {
        Some("link-local")
    } else if ip.is_unspecified() || a == 0 {
        Some("unspecified")
    } else if ip.is_broadcast() || ip.is_multicast() {
        Some("broadcast or multicast")
    } else if a == 100 && (64..128).contains(&b) {
        // Carrier-grade NAT (RFC 6598): inside a provider's network, not the internet.
        Some("shared (carrier-grade NAT)")
    } else {
        None
    }
}

fn non_public_v6(ip: Ipv6Addr) -> Option<&'static str> {
    let first = ip.segments()[0];
    if ip.is_loopback() {
        Some("loopback")
    } else if ip.is_unspecified() {
        Some("unspecified")
    } else if first & 0xfe00 == 0xfc00 {
        Some("private (unique local)")
    } else if first & 0xffc0 == 0xfe80 {
        Some("link-local")
    } else if ip.is_multicast() {
        Some("multicast")
    } else {
        None
    }
}

/// Host names that are loopback by definition (RFC 6761), refused at start like `127.0.0.1`.
pub fn is_loopback_name(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    host == "localhost" || host.ends_with(".localhost")
}

/// A delivery refused because its target is not public: found in the error chain of a failed
/// request, so the delivery fails for good with this reason instead of being retried.
#[derive(Debug, thiserror::Error)]
#[error("{host} resolves only to non-public addresses ({detail}); set allow_private_network = true on the endpoint to allow them")]
pub struct TargetRefused {
    pub host: String,
    pub detail: String,
}

/// Resolves a host name to addresses.
pub trait HostLookup: Send + Sync + 'static {
    fn lookup(
        &self,
        host: String,
    ) -> Pin<Box<dyn Future<Output = io::Result<Vec<SocketAddr>>> + Send>>;
}

/// The system resolver.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemLookup;

impl HostLookup for SystemLookup {
    fn lookup(
        &self,
        host: String,
    ) -> Pin<Box<dyn Future<Output = io::Result<Vec<SocketAddr>>> + Send>> {
        Box::pin(async move { Ok(tokio::net::lookup_host((host.as_str(), 0)).await?.collect()) })
    }
}

/// The resolver of an endpoint's HTTP client: non-public addresses are dropped (unless the
/// endpoint allows them), so the connection can only go to an address that was checked.
pub(super) struct GuardedResolver {
    pub(super) lookup: Arc<dyn HostLookup>,
    pub(super) allow_private: bool,
}

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let lookup = self.lookup.clone();
        let allow_private = self.allow_private;
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let found = lookup.lookup(host.clone()).await?;
            if allow_private {
                let addrs: reqwest::dns::Addrs = Box::new(found.into_iter());
                return Ok(addrs);
            }
            let (public, refused): (Vec<SocketAddr>, Vec<SocketAddr>) = found
                .into_iter()
                .partition(|addr| non_public(addr.ip()).is_none());
            if public.is_empty() && !refused.is_empty() {
                let detail = refused
                    .iter()
                    .map(|a| format!("{} is {}", a.ip(), non_public(a.ip()).unwrap_or("public")))
                    .collect::<Vec<_>>()
                    .join(", ");
                return Err(Box::new(TargetRefused { host, detail }) as _);
            }
            let addrs: reqwest::dns::Addrs = Box::new(public.into_iter());
            Ok(addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_public_addresses_are_named() {
        for (ip, why) in [
            ("127.0.0.1", "loopback"),
            ("10.1.2.3", "private"),
            ("172.16.0.1", "private"),
            ("192.168.1.1", "private"),
            ("169.254.169.254", "link-local"),
            ("0.0.0.0", "unspecified"),
            ("100.64.0.1", "shared (carrier-grade NAT)"),
            ("::1", "loopback"),
            ("fd00::1", "private (unique local)"),
            ("fe80::1", "link-local"),
            ("::ffff:127.0.0.1", "loopback"),
            ("::ffff:10.0.0.1", "private"),
        ] {
            assert_eq!(non_public(ip.parse().unwrap()), Some(why), "{ip}");
        }
        for ip in ["93.184.216.34", "8.8.8.8", "100.128.0.1", "2606:4700::1111"] {
            assert_eq!(non_public(ip.parse().unwrap()), None, "{ip}");
        }
    }

    #[test]
    fn localhost_names_are_loopback() {
        assert!(is_loopback_name("localhost"));
        assert!(is_loopback_name("LOCALHOST."));
        assert!(is_loopback_name("hooks.localhost"));
        assert!(!is_loopback_name("localhost.example.com"));
    }
}
