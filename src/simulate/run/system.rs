//! System packages: apt-get and apk, their package lists, compilers and
//! `--virtual` groups.

use super::*;

/// Rough sizes of what system package managers install, for estimates.
const APT_LISTS: u64 = 45_000_000;
const COMPILER_PACKAGES: u64 = 220_000_000;
const OTHER_PACKAGE: u64 = 10_000_000;
const CA_CERTIFICATES: u64 = 500_000;

/// Packages that bring a C compiler (Debian's and Alpine's names).
const COMPILER_PACKAGES_NAMES: [&str; 9] = [
    "gcc",
    "g++",
    "build-essential",
    "make",
    "clang",
    "build-base",
    "musl-dev",
    "libc-dev",
    "libc6-dev",
];

impl Command<'_> {
    pub(super) fn remove_packages(&mut self, packages: &[String]) {
        for package in packages {
            if COMPILER_PACKAGES_NAMES.contains(&package.as_str()) {
                self.remove("/usr/bin/gcc");
            } else {
                self.remove(&format!("/usr/bin/{package}"));
            }
        }
    }

    pub(super) fn install_packages(&mut self, packages: &[&str]) {
        for package in packages {
            match *package {
                package if COMPILER_PACKAGES_NAMES.contains(&package) => {
                    self.add(
                        "/usr/bin/gcc".into(),
                        COMPILER_PACKAGES,
                        &["compiler"],
                        false,
                    );
                }
                "ca-certificates" => {
                    self.add(
                        "/etc/ssl/certs".into(),
                        CA_CERTIFICATES,
                        &["ca-certificates"],
                        true,
                    );
                }
                other => {
                    let name = other.split(['=', ':']).next().unwrap_or(other);
                    self.add(
                        format!("/usr/bin/{name}"),
                        OTHER_PACKAGE,
                        &["system-packages"],
                        true,
                    );
                }
            }
        }
    }

    pub(super) fn apt(&mut self, args: &[String]) {
        let words = positional(args);
        match words.first().copied() {
            Some("update") => {
                self.shell.apt_updated = true;
                self.add("/var/lib/apt/lists".into(), APT_LISTS, &["apt-lists"], true);
            }
            Some("install") => {
                if !self.needs_tool("apt") {
                    return;
                }
                if !self.shell.apt_updated {
                    let command = self.shown.to_string();
                    self.note(NoteKind::NoPackageLists { command });
                    return;
                }
                self.install_packages(&words[1..]);
            }
            Some("remove" | "purge" | "autoremove") => {
                let packages: Vec<String> = words[1..].iter().map(|p| p.to_string()).collect();
                self.remove_packages(&packages);
            }
            Some("clean" | "upgrade" | "dist-upgrade") => {}
            _ => self.unknown(),
        }
    }

    pub(super) fn apk(&mut self, args: &[String]) {
        let words = positional(args);
        match words.first().copied() {
            Some("add") => {
                let virtual_name = flag_value(args, &["--virtual", "-t"]);
                let packages: Vec<&str> = words[1..]
                    .iter()
                    .copied()
                    .filter(|package| Some(*package) != virtual_name.as_deref())
                    .collect();
                self.install_packages(&packages);
                // `apk del .build-deps` removes what that name grouped.
                if let Some(name) = virtual_name {
                    let grouped = packages.iter().map(|p| p.to_string()).collect();
                    self.shell.package_groups.push((name, grouped));
                }
            }
            Some("del") => {
                let mut packages: Vec<String> = Vec::new();
                for word in &words[1..] {
                    match self
                        .shell
                        .package_groups
                        .iter()
                        .find(|(name, _)| name == word)
                    {
                        Some((_, grouped)) => packages.extend(grouped.iter().cloned()),
                        None => packages.push(word.to_string()),
                    }
                }
                self.remove_packages(&packages);
            }
            Some("update" | "upgrade" | "cache") => {}
            _ => self.unknown(),
        }
    }
}
