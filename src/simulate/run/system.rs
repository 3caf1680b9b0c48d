//! System packages: apt-get and apk, their package lists, compilers and
//! `--virtual` groups.

use super::*;
use crate::simulate::Libc;

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

/// What an installed package brings, by its Debian or Alpine name (Alpine's
/// tini is /sbin/tini, Debian's /usr/bin/tini).
fn package_brings(name: &str, alpine: bool) -> Option<(&'static str, Tag)> {
    Some(match name {
        "tini" if alpine => ("/sbin/tini", Tag::Tini),
        "ca-certificates" => ("/etc/ssl/certs", Tag::CaCertificates),
        "git" => ("/usr/bin/git", Tag::Git),
        "unzip" => ("/usr/bin/unzip", Tag::Unzip),
        "bash" => ("/bin/bash", Tag::Bash),
        "tini" => ("/usr/bin/tini", Tag::Tini),
        "libstdc++6" | "libstdc++" => ("/usr/lib/libstdc++.so.6", Tag::Libstdcxx),
        "nodejs" | "npm" => ("/usr/bin/node", Tag::Node),
        "python3" => ("/usr/bin/python3", Tag::Python),
        _ => return None,
    })
}

impl Command<'_> {
    pub(super) fn remove_packages(&mut self, packages: &[String]) {
        for package in packages {
            if COMPILER_PACKAGES_NAMES.contains(&package.as_str()) {
                self.remove("/usr/bin/gcc");
            } else if let Some((path, _)) =
                package_brings(package, self.image.libc() == Some(Libc::Musl))
            {
                self.remove(path);
            } else {
                self.remove(&format!("/usr/bin/{package}"));
            }
        }
    }

    pub(super) fn install_packages(&mut self, packages: &[&str]) {
        let libc = self.image.libc();
        for package in packages {
            let name = package.split(['=', ':']).next().unwrap_or(package);
            let entry = if COMPILER_PACKAGES_NAMES.contains(&name) {
                Entry::new("/usr/bin/gcc", COMPILER_PACKAGES, &[Tag::Compiler], false)
                    .program(Executable::Elf(libc))
            } else if let Some((path, tag)) =
                package_brings(name, self.image.libc() == Some(Libc::Musl))
            {
                let size = if tag == Tag::CaCertificates {
                    CA_CERTIFICATES
                } else {
                    OTHER_PACKAGE
                };
                let entry = Entry::new(
                    path,
                    size,
                    std::slice::from_ref(&tag),
                    tag == Tag::CaCertificates,
                );
                if tag == Tag::CaCertificates || tag == Tag::Libstdcxx {
                    entry
                } else {
                    entry.program(Executable::Elf(libc))
                }
            } else {
                Entry::new(
                    format!("/usr/bin/{name}"),
                    OTHER_PACKAGE,
                    &[Tag::SystemPackages],
                    false,
                )
                .program(Executable::Elf(libc))
            };
            if !self.write(entry) {
                return;
            }
        }
    }

    pub(super) fn apt(&mut self, args: &[String]) {
        let words = positional(args);
        match words.first().copied() {
            Some("update") => {
                if !self.needs_root() {
                    return;
                }
                self.session.apt_updated = true;
                self.add(
                    "/var/lib/apt/lists".into(),
                    APT_LISTS,
                    &[Tag::AptLists],
                    true,
                );
            }
            Some("install") => {
                if !self.needs_root() {
                    return;
                }
                if !self.session.apt_updated {
                    let command = self.shown.to_string();
                    self.fail(NoteKind::NoPackageLists { command });
                    return;
                }
                // apt asks before installing more than it was told (the
                // dependencies), and a build has no terminal to say yes.
                let assume_yes = has_short(args, 'y')
                    || has_flag(args, &["--yes", "--assume-yes", "--force-yes"])
                    || args.iter().any(|arg| arg == "-qq" || arg == "-q=2");
                let new: Vec<&str> = words[1..]
                    .iter()
                    .copied()
                    .filter(|package| {
                        package_brings(package, self.image.libc() == Some(Libc::Musl))
                            .is_none_or(|(path, _)| !self.image.files.exists(path))
                    })
                    .collect();
                if !assume_yes && !new.is_empty() {
                    let command = self.shown.to_string();
                    self.fail(NoteKind::NeedsTerminal { command });
                    return;
                }
                self.install_packages(&words[1..]);
            }
            Some("remove" | "purge" | "autoremove") => {
                if !self.needs_root() {
                    return;
                }
                let packages: Vec<String> = words[1..].iter().map(|p| p.to_string()).collect();
                self.remove_packages(&packages);
            }
            Some("clean" | "upgrade" | "dist-upgrade" | "dist-clean") => {
                self.needs_root();
            }
            _ => self.unknown(),
        }
    }

    pub(super) fn apk(&mut self, args: &[String]) {
        let words = positional(args);
        match words.first().copied() {
            Some("add") => {
                if !self.needs_root() {
                    return;
                }
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
                    self.session.package_groups.push((name, grouped));
                }
            }
            Some("del") => {
                if !self.needs_root() {
                    return;
                }
                let mut packages: Vec<String> = Vec::new();
                for word in &words[1..] {
                    match self
                        .session
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
