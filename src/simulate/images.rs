//! The embedded table of base images (`content/images.toml`): each row's
//! size with its source and date, and what the image provides (`node`,
//! `compiler`, `ca-certificates`…). Estimates are on disk: a compressed
//! figure is multiplied by [`ON_DISK_PER_COMPRESSED`].

use std::sync::OnceLock;

use serde::Deserialize;

use super::fs::glob_match;
use super::scenario::Size;
use crate::image_ref::ImageRef;

/// On disk is 2.7–2.9 × the compressed download for these images
/// (docker-library/repo-info publishes both for many tags).
pub const ON_DISK_PER_COMPRESSED: f64 = 2.8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    OnDisk,
    Compressed,
}

/// One row of the table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImageRow {
    #[serde(rename = "match")]
    pub patterns: Vec<String>,
    pub size: Size,
    pub measure: Measure,
    pub source: String,
    pub date: String,
    pub provides: Vec<String>,
    #[serde(default)]
    pub entrypoint: Vec<String>,
    /// The image's own `WORKDIR` (`/app` for composer), where its stages start.
    pub workdir: Option<String>,
    /// The users of its `/etc/passwd`; empty when the table does not list them.
    #[serde(default)]
    pub users: Vec<String>,
}

impl ImageRow {
    /// The estimated size on disk.
    pub fn on_disk(&self) -> u64 {
        match self.measure {
            Measure::OnDisk => self.size.0,
            Measure::Compressed => (self.size.0 as f64 * ON_DISK_PER_COMPRESSED).round() as u64,
        }
    }

    pub fn provides(&self, what: &str) -> bool {
        self.provides.iter().any(|own| own == what)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    image: Vec<ImageRow>,
}

const TABLE: &str = include_str!("../../content/images.toml");

/// The embedded rows, read once.
pub fn rows() -> &'static [ImageRow] {
    static ROWS: OnceLock<Vec<ImageRow>> = OnceLock::new();
    ROWS.get_or_init(|| {
        toml::from_str::<Table>(TABLE)
            .map(|table| table.image)
            .unwrap_or_else(|error| panic!("content/images.toml is invalid: {error}"))
    })
}

/// `docker.io/library/node:22@sha256:…` → `node:22`; no tag → `latest`.
pub fn normalize(reference: &str) -> String {
    let Ok(image) = ImageRef::parse(reference) else {
        return reference.to_ascii_lowercase();
    };
    let name = match image.official_name() {
        Some(name) => name.to_string(),
        None => match image.registry {
            Some(registry) => format!("{registry}/{}", image.path),
            None => image.path.to_string(),
        },
    };
    format!("{name}:{}", image.tag.unwrap_or("latest"))
}

/// The row for an image reference, if the table knows it.
pub fn lookup(reference: &str) -> Option<&'static ImageRow> {
    rows().iter().find(|row| {
        row.patterns
            .iter()
            .any(|pattern| matches(pattern, reference))
    })
}

/// Whether an image reference matches a pattern (`node:*-slim`), the
/// reference normalised and `node` matching as well as `node:latest`.
pub fn matches(pattern: &str, reference: &str) -> bool {
    let normalized = normalize(reference);
    glob_match(pattern, &normalized)
        || normalized
            .strip_suffix(":latest")
            .is_some_and(|bare| glob_match(pattern, bare))
}

/// The family of a base image, as the checks name them.
pub fn variant(reference: &str) -> Option<&'static str> {
    let normalized = normalize(reference);
    let (name, tag) = normalized.rsplit_once(':').unwrap_or((&normalized, ""));
    if name.contains("distroless") {
        Some("distroless")
    } else if tag.contains("alpine") || name == "alpine" || name.ends_with("/alpine") {
        Some("alpine")
    } else if tag.contains("slim") {
        Some("slim")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_table_reads_and_every_row_is_sourced() {
        assert!(rows().len() >= 20);
        for row in rows() {
            assert!(!row.source.is_empty() && !row.date.is_empty());
        }
    }

    #[test]
    fn references_find_their_row() {
        assert_eq!(lookup("node:22").unwrap().on_disk(), 1_120_000_000);
        assert_eq!(
            lookup("docker.io/library/node:22-slim").unwrap().on_disk(),
            220_000_000
        );
        assert!(lookup("node:22-alpine3.20").unwrap().provides("node"));
        assert!(!lookup("python:3.12-slim").unwrap().provides("compiler"));
        assert!(lookup("python:3.12").unwrap().provides("compiler"));
        assert!(lookup("gcr.io/distroless/static-debian12:nonroot").is_some());
        assert!(lookup("golang:1.23").unwrap().provides("go"));
        assert!(lookup("composer:2").unwrap().provides("composer"));
        assert!(lookup("php:8.3-fpm-alpine").unwrap().provides("php"));
        assert!(lookup("alpine").is_some());
        assert!(lookup("mcr.microsoft.com/dotnet/runtime:8.0").is_none());
    }

    #[test]
    fn variants_come_from_the_name_and_tag() {
        assert_eq!(variant("node:22-slim"), Some("slim"));
        assert_eq!(variant("node:22-alpine"), Some("alpine"));
        assert_eq!(
            variant("gcr.io/distroless/nodejs22-debian12"),
            Some("distroless")
        );
        assert_eq!(variant("node:22"), None);
    }
}
