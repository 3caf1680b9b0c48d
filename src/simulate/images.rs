//! The embedded table of base images (`content/images.toml`): for each
//! image, its size (with its source and date) and what Docker would give a
//! stage built `FROM` it — the image's config (`ENTRYPOINT`, `CMD`, `ENV`,
//! `WORKDIR`, `USER`), its `/bin/sh`, its C library, its accounts, and the
//! programs it provides (`node`, `compiler`, `ca-certificates`…), each at the
//! path the official image puts it. Estimates are on disk: a compressed
//! figure is multiplied by [`ON_DISK_PER_COMPRESSED`].

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::accounts::{self, Accounts, Identity};
use super::fs::{Entry, Executable, Libc, glob_match};
use super::scenario::Size;
use super::script::ShellKind;
use super::tag::Tag;
use crate::image_ref::ImageRef;

/// On disk is 2.7–2.9 × the compressed download for these images
/// (docker-library/repo-info publishes both for many tags).
pub const ON_DISK_PER_COMPRESSED: f64 = 2.8;

/// `PATH` when the image does not set one (BuildKit's default).
pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    OnDisk,
    Compressed,
}

/// The parts of an image's config a stage inherits.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RowConfig {
    #[serde(default)]
    pub entrypoint: Vec<String>,
    #[serde(default)]
    pub cmd: Vec<String>,
    /// `NAME=value`, as `docker inspect` shows them.
    #[serde(default)]
    pub env: Vec<String>,
    pub workdir: Option<String>,
    pub user: Option<String>,
}

/// Config that differs for some tags of an image (distroless `:nonroot`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TagOverride {
    /// A pattern on the tag (`*nonroot*`).
    pub tag: String,
    pub workdir: Option<String>,
    pub user: Option<String>,
}

/// A row's files and accounts, ready to copy into a stage.
pub type Prepared = (Vec<Entry>, Accounts);

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
    /// What the image holds, by capability (`node`, `compiler`…).
    #[serde(default)]
    pub provides: Vec<Tag>,
    /// Programs at paths of their own (distroless's `/nodejs/bin/node`,
    /// `php-fpm`): `path` or `path #!interpreter`.
    #[serde(default)]
    pub programs: Vec<String>,
    /// What `/bin/sh` is; none for distroless.
    pub shell: Option<ShellKind>,
    /// The C library; none for a static-only image.
    pub libc: Option<LibcName>,
    #[serde(default)]
    pub config: RowConfig,
    #[serde(default)]
    pub when_tag: Vec<TagOverride>,
    /// The account sets of `[accounts]` its `/etc/passwd` and `/etc/group` hold.
    #[serde(default)]
    pub accounts: Vec<String>,
    /// Folders whose owner or mode matters: `path uid:gid mode`.
    #[serde(default)]
    pub folders: Vec<String>,
    /// The table lists every program the image has (distroless): a path it
    /// does not list is absent, not unknown.
    #[serde(default)]
    pub complete: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LibcName {
    Glibc,
    Musl,
}

impl From<LibcName> for Libc {
    fn from(name: LibcName) -> Libc {
        match name {
            LibcName::Glibc => Libc::Glibc,
            LibcName::Musl => Libc::Musl,
        }
    }
}

impl ImageRow {
    /// The estimated size on disk.
    pub fn on_disk(&self) -> u64 {
        match self.measure {
            Measure::OnDisk => self.size.0,
            Measure::Compressed => (self.size.0 as f64 * ON_DISK_PER_COMPRESSED).round() as u64,
        }
    }

    pub fn provides(&self, what: &Tag) -> bool {
        self.provides.contains(what)
    }

    pub fn libc(&self) -> Option<Libc> {
        self.libc.map(Libc::from)
    }

    /// The config for this reference: the row's, with its tag overrides.
    pub fn config_for(&self, reference: &str) -> RowConfig {
        let mut config = self.config.clone();
        let normalized = normalize(reference);
        let tag = normalized.rsplit_once(':').map_or("", |(_, tag)| tag);
        for over in &self.when_tag {
            if glob_match(&over.tag, tag) {
                if over.workdir.is_some() {
                    config.workdir.clone_from(&over.workdir);
                }
                if over.user.is_some() {
                    config.user.clone_from(&over.user);
                }
            }
        }
        config
    }

    /// The image's files and accounts, worked out once per row: every
    /// stage built on it starts from a copy.
    pub fn prepared(&'static self) -> &'static Prepared {
        static PREPARED: OnceLock<Vec<OnceLock<Prepared>>> = OnceLock::new();
        let cells = PREPARED.get_or_init(|| rows().iter().map(|_| OnceLock::new()).collect());
        let index = rows()
            .iter()
            .position(|row| std::ptr::eq(row, self))
            .expect("a row of the table");
        cells[index].get_or_init(|| (self.files(), self.accounts()))
    }

    /// The accounts of the image's `/etc/passwd` and `/etc/group`.
    pub fn accounts(&self) -> Accounts {
        let mut accounts = Accounts::none();
        for name in &self.accounts {
            if let Some(set) = table().accounts.get(name) {
                for user in set
                    .users
                    .iter()
                    .filter_map(|line| accounts::parse_user(line))
                {
                    accounts.add_user(user);
                }
                for group in set
                    .groups
                    .iter()
                    .filter_map(|line| accounts::parse_group(line))
                {
                    accounts.add_group(group);
                }
            }
        }
        accounts
    }

    /// The files the simulation knows in the image: its programs and
    /// libraries, the folders whose owner matters, the users' homes.
    pub fn files(&self) -> Vec<Entry> {
        let libc = self.libc();
        let mut files: Vec<Entry> = Vec::new();
        let base = |path: &str, tag: Tag| Entry::new(path, 0, &[Tag::BaseImage, tag], false);
        if let Some(shell) = self.shell {
            files.push(base("/bin/sh", Tag::Shell).program(Executable::Elf(libc)));
            if shell == ShellKind::Bash || libc == Some(Libc::Glibc) {
                // Debian's images all have bash (an essential package).
                files.push(base("/bin/bash", Tag::Bash).program(Executable::Elf(libc)));
            }
            match libc {
                Some(Libc::Glibc) => {
                    files.push(
                        base("/usr/bin/apt-get", Tag::SystemPackages)
                            .program(Executable::Elf(libc)),
                    );
                }
                Some(Libc::Musl) => {
                    files.push(
                        base("/sbin/apk", Tag::SystemPackages).program(Executable::Elf(libc)),
                    );
                }
                None => {}
            }
            files.push(base("/usr/bin/env", Tag::Shell).program(Executable::Elf(libc)));
        }
        match libc {
            Some(Libc::Glibc) => files.push(base("/lib/x86_64-linux-gnu/libc.so.6", Tag::Glibc)),
            Some(Libc::Musl) => files.push(base("/lib/ld-musl-x86_64.so.1", Tag::Musl)),
            None => {}
        }
        for capability in &self.provides {
            for (tag, path, run) in PROGRAMS {
                if tag != capability {
                    continue;
                }
                let mut entry = base(path, tag.clone());
                match run {
                    Run::Folder => entry.dir = true,
                    Run::Certificates => {
                        entry.dir = true;
                        entry.contents = vec!["ca-certificates.crt".into()];
                    }
                    Run::Data => {}
                    Run::Elf => entry = entry.program(Executable::Elf(libc)),
                    Run::Static => entry = entry.program(Executable::Elf(None)),
                    Run::Script(interpreter) => {
                        entry = entry.program(Executable::Script(interpreter.to_string()));
                    }
                }
                files.push(entry);
            }
        }
        for program in &self.programs {
            let (path, interpreter) = match program.split_once(" #!") {
                Some((path, interpreter)) => (path, Some(interpreter)),
                None => (program.as_str(), None),
            };
            let name = path.rsplit('/').next().unwrap_or("");
            let tag = if name.starts_with("node") {
                Tag::Node
            } else if name == "php-fpm" {
                Tag::PhpFpm
            } else if name.starts_with("apache2") {
                Tag::Apache
            } else if name.starts_with("python") {
                Tag::Python
            } else if name.starts_with("php") {
                Tag::Php
            } else if name == "bash" {
                Tag::Bash
            } else if name.starts_with("tini") {
                Tag::Tini
            } else {
                Tag::ImageFiles
            };
            let run = match interpreter {
                Some(interpreter) => Executable::Script(interpreter.to_string()),
                None => Executable::Elf(libc),
            };
            files.retain(|entry| entry.path != path);
            files.push(base(path, tag).program(run));
        }
        // Every Linux image has a /tmp anyone may write.
        let mut tmp = Entry::folder("/tmp", Identity::ROOT);
        tmp.tags = vec![Tag::BaseImage];
        tmp.mode = 0o1777;
        files.push(tmp);
        for folder in &self.folders {
            if let Some(entry) = parse_folder(folder) {
                files.retain(|own| own.path != entry.path);
                files.push(entry);
            }
        }
        for user in self.accounts().users {
            if user.home.starts_with("/home/") && !files.iter().any(|entry| entry.path == user.home)
            {
                let owner = Identity {
                    uid: user.uid,
                    gid: user.gid,
                };
                let mut home = Entry::folder(user.home, owner);
                home.tags = vec![Tag::BaseImage];
                files.push(home);
            }
        }
        files
    }
}

/// `/var/www/html 33:33 1777`.
fn parse_folder(text: &str) -> Option<Entry> {
    let mut words = text.split_whitespace();
    let path = words.next()?;
    let (uid, gid) = words.next()?.split_once(':')?;
    let mode = u32::from_str_radix(words.next()?, 8).ok()?;
    let mut entry = Entry::folder(
        path,
        Identity {
            uid: uid.parse().ok()?,
            gid: gid.parse().ok()?,
        },
    );
    entry.tags = vec![Tag::BaseImage];
    entry.mode = mode;
    Some(entry)
}

/// How a program of the table runs.
enum Run {
    Folder,
    /// `/etc/ssl/certs`: the bundle `ca-certificates.crt` and the
    /// certificates, one file each.
    Certificates,
    Data,
    /// Linked against the image's C library.
    Elf,
    Static,
    Script(&'static str),
}

/// Where the official images put what they provide, by capability.
#[rustfmt::skip]
const PROGRAMS: &[(Tag, &str, Run)] = &[
    (Tag::Node, "/usr/local/bin/node", Run::Elf),
    (Tag::Node, "/usr/local/bin/npm", Run::Script("/usr/bin/env node")),
    (Tag::Node, "/usr/local/bin/npx", Run::Script("/usr/bin/env node")),
    (Tag::Node, "/usr/local/bin/corepack", Run::Script("/usr/bin/env node")),
    (Tag::Node, "/usr/local/bin/yarn", Run::Script("/usr/bin/env node")),
    (Tag::Node, "/usr/local/bin/docker-entrypoint.sh", Run::Script("/bin/sh")),
    (Tag::Python, "/usr/local/bin/python3", Run::Elf),
    (Tag::Python, "/usr/local/bin/python", Run::Elf),
    (Tag::Python, "/usr/local/bin/pip", Run::Script("/usr/local/bin/python3")),
    (Tag::Python, "/usr/local/bin/pip3", Run::Script("/usr/local/bin/python3")),
    (Tag::Php, "/usr/local/bin/php", Run::Elf),
    (Tag::Php, "/usr/local/bin/docker-php-entrypoint", Run::Script("/bin/sh")),
    (Tag::Composer, "/usr/bin/composer", Run::Script("/usr/bin/env php")),
    (Tag::Go, "/usr/local/go", Run::Folder),
    (Tag::Go, "/usr/local/go/bin/go", Run::Static),
    (Tag::Compiler, "/usr/bin/gcc", Run::Elf),
    (Tag::CaCertificates, "/etc/ssl/certs", Run::Certificates),
    (Tag::Uv, "/usr/local/bin/uv", Run::Static),
    (Tag::Java, "/opt/java/openjdk", Run::Folder),
    (Tag::Java, "/opt/java/openjdk/bin/java", Run::Elf),
    (Tag::Git, "/usr/bin/git", Run::Elf),
    (Tag::Unzip, "/usr/bin/unzip", Run::Elf),
    (Tag::PhpZip, "/usr/local/lib/php/extensions/zip.so", Run::Data),
    (Tag::Libstdcxx, "/usr/lib/libstdc++.so.6", Run::Data),
];

/// A named set of accounts (`[accounts.debian]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct AccountSet {
    #[serde(default)]
    users: Vec<String>,
    #[serde(default)]
    groups: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    accounts: BTreeMap<String, AccountSet>,
    image: Vec<ImageRow>,
}

const TABLE: &str = include_str!("../../content/images.toml");

fn table() -> &'static Table {
    static TABLE_READ: OnceLock<Table> = OnceLock::new();
    TABLE_READ.get_or_init(|| {
        toml::from_str::<Table>(TABLE)
            .unwrap_or_else(|error| panic!("content/images.toml is invalid: {error}"))
    })
}

/// The embedded rows, read once.
pub fn rows() -> &'static [ImageRow] {
    &table().image
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

/// The version a tag starts with (`1.25` for `golang:1.25-alpine`).
pub fn tag_version(reference: &str) -> Option<String> {
    let normalized = normalize(reference);
    let tag = normalized.rsplit_once(':')?.1;
    let version: String = tag
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let version = version.trim_end_matches('.');
    (!version.is_empty()).then(|| version.to_string())
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
            for name in &row.accounts {
                assert!(table().accounts.contains_key(name), "{name}");
            }
            for folder in &row.folders {
                assert!(parse_folder(folder).is_some(), "{folder}");
            }
        }
        for set in table().accounts.values() {
            assert!(
                set.users
                    .iter()
                    .all(|line| accounts::parse_user(line).is_some())
            );
            assert!(
                set.groups
                    .iter()
                    .all(|line| accounts::parse_group(line).is_some())
            );
        }
    }

    #[test]
    fn references_find_their_row() {
        assert_eq!(lookup("node:22").unwrap().on_disk(), 1_120_000_000);
        assert_eq!(
            lookup("docker.io/library/node:22-slim").unwrap().on_disk(),
            220_000_000
        );
        assert!(lookup("node:22-alpine3.20").unwrap().provides(&Tag::Node));
        assert!(!lookup("python:3.12-slim").unwrap().provides(&Tag::Compiler));
        assert!(lookup("python:3.12").unwrap().provides(&Tag::Compiler));
        assert!(lookup("gcr.io/distroless/static-debian12:nonroot").is_some());
        assert!(lookup("golang:1.23").unwrap().provides(&Tag::Go));
        assert!(lookup("composer:2").unwrap().provides(&Tag::Composer));
        assert!(lookup("php:8.3-fpm-alpine").unwrap().provides(&Tag::Php));
        assert!(lookup("alpine").is_some());
        assert!(lookup("mcr.microsoft.com/dotnet/runtime:8.0").is_none());
    }

    // The images the lessons now recommend, each with its own figures
    // (docker-library/repo-info), and the older tags answers may name.
    #[test]
    fn current_and_older_tags_are_both_known() {
        assert_eq!(lookup("node:24-slim").unwrap().on_disk(), 230_000_000);
        assert_eq!(lookup("node:26").unwrap().on_disk(), 1_250_000_000);
        assert_eq!(lookup("node:26-alpine").unwrap().on_disk(), 182_000_000);
        assert_eq!(lookup("node:22-slim").unwrap().on_disk(), 220_000_000);
        let env = |reference: &str| lookup(reference).unwrap().config_for(reference).env;
        assert!(
            env("node:24-slim")
                .iter()
                .any(|e| e == "NODE_VERSION=24.21.0")
        );
        assert!(
            env("node:26-slim")
                .iter()
                .all(|e| !e.starts_with("YARN_VERSION"))
        );
        // The slim images purge ca-certificates after downloading Node.
        for slim in ["node:22-slim", "node:24-slim", "node:26-slim"] {
            assert!(
                !lookup(slim).unwrap().provides(&Tag::CaCertificates),
                "{slim}"
            );
        }
        assert!(
            lookup("node:24-alpine")
                .unwrap()
                .provides(&Tag::CaCertificates)
        );
        assert!(lookup("gcr.io/distroless/static-debian13:nonroot").is_some());
        assert!(lookup("gcr.io/distroless/nodejs24-debian13").is_some());
        assert_eq!(
            lookup("python:3.12-slim-bookworm").unwrap().on_disk(),
            124_000_000
        );
        assert!(lookup("python:3.12-slim-trixie").is_some());
        assert!(
            lookup("ghcr.io/astral-sh/uv:0.12-python3.12-trixie-slim")
                .unwrap()
                .provides(&Tag::Uv)
        );
        // A uv image without Python is not the Python one.
        assert!(
            lookup("ghcr.io/astral-sh/uv:trixie-slim")
                .is_none_or(|row| !row.provides(&Tag::Python))
        );
    }

    // docker-library/node: `ENTRYPOINT ["docker-entrypoint.sh"]`, `CMD ["node"]`,
    // and the `node` user (1000:1000, home /home/node).
    #[test]
    fn rows_carry_the_images_config_and_accounts() {
        let node = lookup("node:22-slim").unwrap();
        let config = node.config_for("node:22-slim");
        assert_eq!(config.entrypoint, ["docker-entrypoint.sh"]);
        assert_eq!(config.cmd, ["node"]);
        let accounts = node.accounts();
        assert_eq!(accounts.user("node").map(|user| user.uid), Some(1000));
        assert!(node.files().iter().any(|entry| entry.path == "/home/node"
            && entry.owner
                == Identity {
                    uid: 1000,
                    gid: 1000
                }));
        let distroless = lookup("gcr.io/distroless/nodejs22-debian12:nonroot").unwrap();
        assert_eq!(
            distroless
                .config_for("gcr.io/distroless/nodejs22-debian12:nonroot")
                .user
                .as_deref(),
            Some("65532")
        );
        assert_eq!(
            distroless
                .config_for("gcr.io/distroless/nodejs22-debian12")
                .user,
            None
        );
        assert!(distroless.accounts().user("node").is_none());
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
