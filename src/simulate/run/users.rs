//! The account commands: `useradd`, `adduser` (Debian's and BusyBox's),
//! `groupadd`, `addgroup`, which change the stage's `/etc/passwd` and
//! `/etc/group` from that instruction on, and need root.

use super::*;

/// The account `useradd` or `adduser` (Debian's or BusyBox's) creates:
/// its name, and the uid, group and home options given.
pub(super) fn created_user(args: &[String]) -> Option<(String, Option<u32>, Option<String>, bool)> {
    // Short options that take a value, alone (`-s /bin/bash`) or last in a
    // group (`-ms /bin/bash`), and the long ones (without `=`).
    const SHORT_WITH_VALUE: &str = "ugGdsckefKpbhU";
    const LONG_WITH_VALUE: [&str; 17] = [
        "--uid",
        "--gid",
        "--home",
        "--home-dir",
        "--shell",
        "--gecos",
        "--ingroup",
        "--comment",
        "--skel",
        "--groups",
        "--password",
        "--base-dir",
        "--expiredate",
        "--inactive",
        "--key",
        "--firstuid",
        "--lastuid",
    ];
    let uid = flag_value(args, &["-u", "--uid"]).and_then(|uid| uid.parse().ok());
    let home = flag_value(args, &["-d", "-h", "--home", "--home-dir"]);
    let no_home = has_flag(args, &["-M", "--no-create-home", "-H"]);
    let mut words = args.iter();
    while let Some(word) = words.next() {
        let takes_value = if let Some(long) = word.strip_prefix("--") {
            !long.contains('=') && LONG_WITH_VALUE.contains(&word.as_str())
        } else if let Some(short) = word.strip_prefix('-') {
            short
                .chars()
                .last()
                .is_some_and(|last| SHORT_WITH_VALUE.contains(last))
        } else {
            return Some((word.clone(), uid, home, no_home));
        };
        if takes_value {
            words.next();
        }
    }
    None
}

impl Command<'_> {
    pub(super) fn user_add(&mut self, args: &[String]) {
        if !self.needs_root() {
            return;
        }
        let Some((name, uid, home, no_home)) = created_user(args) else {
            return;
        };
        let group = flag_value(args, &["-g", "--gid", "-G", "--ingroup"]).and_then(|group| {
            match group.parse::<u32>() {
                Ok(gid) => Some(gid),
                Err(_) => self.image.accounts.group(&group).map(|g| g.gid),
            }
        });
        let uid = uid.unwrap_or_else(|| self.image.accounts.free_id(1000, false));
        let gid = group.unwrap_or_else(|| {
            let gid = self
                .image
                .accounts
                .group(&name)
                .map_or_else(|| self.image.accounts.free_id(uid, true), |g| g.gid);
            self.image
                .accounts
                .add_group(crate::simulate::accounts::Group {
                    name: name.clone(),
                    gid,
                });
            gid
        });
        let home = home.unwrap_or_else(|| format!("/home/{name}"));
        // Debian's useradd makes no home without -m; adduser (Debian's and
        // BusyBox's) makes one unless told not to.
        let makes_home = !no_home
            && (self.program_path.ends_with("adduser")
                || has_short(args, 'm')
                || has_flag(args, &["--create-home"]));
        self.image
            .accounts
            .add_user(crate::simulate::accounts::User {
                name,
                uid,
                gid,
                home: home.clone(),
            });
        if makes_home && !self.image.files.exists(&home) {
            let layer = self.session.layer;
            self.image.make_folder(&home, Identity { uid, gid }, layer);
        }
    }

    pub(super) fn group_add(&mut self, args: &[String]) {
        if !self.needs_root() {
            return;
        }
        let words = positional(args);
        let gid = flag_value(args, &["-g", "--gid"]).and_then(|gid| gid.parse().ok());
        // `addgroup user group` (BusyBox) adds a user to a group.
        if words.len() == 2 && self.image.accounts.user(words[0]).is_some() {
            return;
        }
        let Some(name) = words
            .iter()
            .find(|word| Some(word.to_string()) != flag_value(args, &["-g", "--gid"]))
        else {
            return;
        };
        let gid = gid.unwrap_or_else(|| self.image.accounts.free_id(1000, true));
        self.image
            .accounts
            .add_group(crate::simulate::accounts::Group {
                name: name.to_string(),
                gid,
            });
    }
}
